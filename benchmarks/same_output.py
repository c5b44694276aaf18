"""Did a change alter any output? Claims, relations, verdicts and what is stored, before vs after.

Run: ``.venv/bin/python -m benchmarks.same_output --vs-head claims/regexscan.py [FILE ...]``:
the working tree as it is now against the same tree with those files as committed (``HEAD``),
both copied to a temporary directory at the same moment, so that others editing other files
meanwhile cannot make a difference appear (exit 1 and the documents that differ if anything
changed). Or by hand: ``--out /tmp/before.jsonl`` on the old code, then ``--against
/tmp/before.jsonl`` on the new one.

Inputs: both seed articles and every ``benchmarks/news/articles/*.txt`` (with their
``.meta.json`` dates), checked by the real ``pipeline.run_check`` against the offline snapshot
into a throwaway DuckDB file, twice (the second run stores every document again). For each
document one line: its claims, relations and verdicts as the pipeline made them (pydantic
JSON), and the rows stored for it after both runs in ``documents``, ``claims``, ``relations``,
``verdicts``, ``verdict_references`` and ``run_documents``; and once the runs' reference books
(``run_series``, ``run_references``, ``reference_values``). Run ids and write times are left
out. Nothing of the texts or verdicts is printed: a difference is reported by document name and
section only (``--show`` prints the first differing item, for documents that are not held out).

This is a regression check for performance work, not a score: it reads no gold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "benchmarks" / "news"
VOLATILE = {"run_id", "created_at", "first_seen"}


def inputs() -> list[Path]:
    return sorted((ROOT / "seeds").glob("*.txt")) + sorted((NEWS / "articles").glob("*.txt"))


def heldout() -> set[str]:
    split = json.loads((NEWS / "split.json").read_text(encoding="utf-8"))
    names = split.get("heldout") or split.get("held_out") or []
    return {str(n) for n in names}


def _rows(con: Any, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    cols = [d[0] for d in cur.description or []]
    return [
        {
            k: (str(v) if v is not None and not isinstance(v, (int, float, str, bool)) else v)
            for k, v in zip(cols, row, strict=True)
            if k not in VOLATILE
        }
        for row in cur.fetchall()
    ]


def collect() -> dict[str, dict[str, Any]]:
    """doc name -> {section: content} for every input."""
    from claims.pipeline import run_check
    from claims.sources import DATA_DIR, build
    from claims.storage import VerdictStore

    out: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="same_output_") as tmp:
        db = str(Path(tmp) / "same.duckdb")
        store = VerdictStore(db)
        here = Path.cwd()
        os.chdir(ROOT)  # inputs by relative path: the stored names do not depend on the checkout
        try:
            for _run in range(2):  # the second run stores every document again (the replace path)
                result = run_check(
                    [str(p.relative_to(ROOT)) for p in inputs()],
                    source=build("snapshot", data_dir=DATA_DIR),
                    source_name="snapshot",
                    store=store,
                    db_path=db,
                )
                if result.status != "completed":
                    raise SystemExit(f"run {result.status}: {result.error or result.failures}")
        finally:
            os.chdir(here)
        for c in result.checked:
            out[Path(c.doc).name] = {
                "claims": [x.model_dump(mode="json") for x in c.claims],
                "relations": [x.model_dump(mode="json") for x in c.relations],
                "verdicts": [x.model_dump(mode="json") for x in c.verdicts],
            }
        with store.session() as con:
            for c in result.checked:
                name, doc_id = Path(c.doc).name, c.document.id
                d = out[name]
                d["db_documents"] = _rows(con, "SELECT * FROM documents WHERE id = ?", [doc_id])
                d["db_claims"] = _rows(con, "SELECT * FROM claims WHERE doc_id = ? ORDER BY id", [doc_id])
                d["db_relations"] = _rows(
                    con,
                    "SELECT * FROM relations WHERE doc_id = ? ORDER BY kind, operands, result, op, cue",
                    [doc_id],
                )
                d["db_verdicts"] = _rows(con, "SELECT * FROM verdicts WHERE doc_id = ? ORDER BY claim_id", [doc_id])
                d["db_verdict_references"] = _rows(
                    con,
                    "SELECT vr.* FROM verdict_references vr JOIN verdicts v"
                    " ON v.run_id = vr.run_id AND v.claim_id = vr.claim_id WHERE v.doc_id = ?"
                    " ORDER BY vr.claim_id, vr.ref_id",
                    [doc_id],
                )
                d["db_run_documents"] = _rows(con, "SELECT * FROM run_documents WHERE doc_id = ?", [doc_id])
            out["(the run)"] = {  # what the run stored once: its reference book
                "db_run_series": _rows(con, "SELECT * FROM run_series ORDER BY kind, series", []),
                "db_run_references": _rows(con, "SELECT * FROM run_references ORDER BY position", []),
                "db_reference_values": _rows(con, "SELECT * FROM reference_values ORDER BY id", []),
            }
        store.close()
    return out


COPIED = ("claims", "data", "seeds", "benchmarks/__init__.py", "benchmarks/same_output.py", "benchmarks/news")


def _copy_tree(dest: Path) -> None:
    for rel in COPIED:
        src = ROOT / rel
        if src.is_dir():
            shutil.copytree(src, dest / rel, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)


def vs_head(files: list[str], show: bool) -> int:
    """This tree against the same tree with ``files`` as committed, each run in its own process."""
    with tempfile.TemporaryDirectory(prefix="same_output_trees_") as tmp:
        after, before = Path(tmp) / "after", Path(tmp) / "before"
        _copy_tree(after)
        shutil.copytree(after, before, symlinks=True)
        for rel in files:
            if Path(rel) == Path("benchmarks/same_output.py"):
                continue  # both trees are read by this script as it is now
            old = subprocess.run(["git", "-C", str(ROOT), "show", f"HEAD:{rel}"], capture_output=True, check=False)
            if old.returncode != 0:
                (before / rel).unlink(missing_ok=True)  # new since HEAD
            else:
                (before / rel).write_bytes(old.stdout)
        outs = []
        for tree in (before, after):
            out = Path(tmp) / f"{tree.name}.jsonl"
            env = {**os.environ, "PYTHONPATH": str(tree)}
            cmd = [sys.executable, "-m", "benchmarks.same_output", "--out", str(out)]
            print(f"{tree.name}: ", end="", flush=True)
            subprocess.run(cmd, cwd=tree, env=env, check=True, stdout=sys.stdout)
            outs.append(out)
        return compare(_load(outs[0]), _load(outs[1]), show, str(outs[0]))


def _load(path: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        out[item.pop("doc")] = item
    return out


def compare(before: dict[str, dict[str, Any]], now: dict[str, dict[str, Any]], show: bool, label: str) -> int:
    hidden = heldout()
    differ = 0
    for name in sorted(set(before) | set(now)):
        if name not in before or name not in now:
            print(f"DIFF {name}: only {'after' if name in now else 'before'}")
            differ += 1
            continue
        for section in sorted(set(before[name]) | set(now[name])):
            a, b = before[name].get(section), now[name].get(section)
            if json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True):
                continue
            differ += 1
            print(f"DIFF {name} {section}: {len(a or [])} before, {len(b or [])} after")
            if show and name.removesuffix(".txt") not in hidden:
                for x, y in zip(a or [], b or [], strict=False):
                    if x != y:
                        print(f"  before: {json.dumps(x, sort_keys=True)[:600]}")
                        print(f"  after:  {json.dumps(y, sort_keys=True)[:600]}")
                        break
    if differ:
        print(f"{differ} difference(s)")
        return 1
    print(f"identical to {label} ({len(before)} documents)")
    return 0


def digest(section: Any) -> str:
    return hashlib.sha256(json.dumps(section, sort_keys=True).encode()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write this code's output here (JSON lines)")
    parser.add_argument("--against", type=Path, help="compare this code's output with a file --out wrote")
    parser.add_argument("--vs-head", nargs="+", metavar="FILE", help="compare with these files as in HEAD")
    parser.add_argument("--show", action="store_true", help="print the first differing item (not held-out docs)")
    args = parser.parse_args(argv)
    if args.vs_head:
        return vs_head(args.vs_head, args.show)
    now = collect()
    n_claims = sum(len(d.get("claims", [])) for d in now.values())
    n_verdicts = sum(len(d.get("verdicts", [])) for d in now.values())
    print(f"{len(now)} documents, {n_claims} claims, {n_verdicts} verdicts; sha256 {digest(now)}", flush=True)
    if args.out:
        with args.out.open("w", encoding="utf-8") as fh:
            for name in sorted(now):
                fh.write(json.dumps({"doc": name, **now[name]}, sort_keys=True) + "\n")
    if not args.against:
        return 0
    return compare(_load(args.against), now, args.show, str(args.against))


if __name__ == "__main__":
    sys.exit(main())
