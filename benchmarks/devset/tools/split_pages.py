"""Split collected sentences into held-out and tune halves by page, before any labelling.

Input: text files of ``@ URL`` lines each followed by the sentences taken from that page,
exactly as published. Output: ``heldout_unlabelled.jsonl`` and ``tune_unlabelled.jsonl``
(``{"url", "text"}`` a line). The split is by page with ``random.Random(15)`` over the sorted
URLs, the first half held out, so that no page contributes to both halves.

Run: ``python benchmarks/devset/tools/split_pages.py RAW_DIR OUT_DIR``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path


def main(raw_dir: Path, out_dir: Path) -> None:
    pages: dict[str, list[str]] = {}
    order: list[str] = []
    for f in sorted(raw_dir.glob("raw*.txt")):
        url = ""
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            if line.startswith("@ "):
                url = line[2:].strip()
                pages.setdefault(url, [])
                order.append(url)
            else:
                pages[url].append(line)
    urls = sorted(pages)
    random.Random(15).shuffle(urls)
    held = set(urls[: len(urls) // 2])
    out: dict[str, list[dict[str, str]]] = {"heldout": [], "tune": []}
    for url in order:
        for sentence in pages[url]:
            out["heldout" if url in held else "tune"].append({"url": url, "text": sentence})
    for name, rows in out.items():
        print(name, len(rows), "sentences", len({r["url"] for r in rows}), "pages")
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        (out_dir / f"{name}_unlabelled.jsonl").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
