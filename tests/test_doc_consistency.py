"""The docs say what the code does: every verdict reason the code can emit is in the registry and
documented in the README, and every file or README section the docs name exists.

The reasons are read from the code itself (every string passed as a verdict's ``reason``, as the
reason argument of ``_unverifiable``, or returned by a ``*_reason`` helper), so a reason added by
anyone is caught without a hand-kept list here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from claims.models import VERDICT_REASONS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
DOCS = [p for p in DOCS if p.exists()]


def emitted_reasons() -> dict[str, str]:
    """reason -> where in claims/ it is emitted."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "claims").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = str(path.relative_to(ROOT))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                for kw in node.keywords:
                    if kw.arg == "reason" and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str):
                        found.setdefault(kw.value.value, f"{where}:{node.lineno}")
                if name == "_unverifiable" and len(node.args) >= 2:
                    arg = node.args[1]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.setdefault(arg.value, f"{where}:{node.lineno}")
            if isinstance(node, ast.FunctionDef) and node.name.endswith("_reason"):
                for ret in ast.walk(node):
                    if not isinstance(ret, ast.Return) or ret.value is None:
                        continue
                    value = ret.value
                    # return ("reason", why) / return "reason" / return "a" if ... else "b"
                    firsts = [value.elts[0]] if isinstance(value, ast.Tuple) and value.elts else [value]
                    if isinstance(value, ast.IfExp):
                        firsts = [value.body, value.orelse]
                    for first in firsts:
                        if isinstance(first, ast.Constant) and isinstance(first.value, str):
                            found.setdefault(first.value, f"{where}:{ret.lineno}")
    return found


def test_the_scan_finds_the_reasons_it_should() -> None:
    """The scan itself works: known reasons from three different emitting forms are found."""
    found = emitted_reasons()
    assert {"no_window", "negative_base", "not_trading_day", "source_error"} <= set(found)


def test_every_reason_the_code_emits_is_in_the_registry() -> None:
    missing = {r: where for r, where in emitted_reasons().items() if r not in VERDICT_REASONS}
    assert not missing, f"add these to claims.models.VERDICT_REASONS (and the README): {missing}"


@pytest.mark.parametrize("reason", sorted(VERDICT_REASONS))
def test_every_reason_is_documented_in_the_readme(reason: str) -> None:
    assert re.search(rf"^\| `{re.escape(reason)}` \|", README, re.M), f"README's Reasons table lacks `{reason}`"


def test_the_readme_reasons_table_lists_only_real_reasons() -> None:
    section = README.split("### Reasons", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `([a-z_]+)` \|", section, re.M))
    assert listed == set(VERDICT_REASONS)


def _headings(text: str) -> set[str]:
    return {m.group(1).strip() for m in re.finditer(r"^#{1,6} (.+)$", text, re.M)}


def _section_references() -> list[tuple[str, str]]:
    """(file, section) for every `README, "Section"` / `see README "Section"` reference in the repository."""
    refs = []
    for path in [*ROOT.glob("*.md"), *ROOT.glob("*.toml"), ROOT / "Makefile", *ROOT.glob("*.yaml")]:
        refs += [(path.name, m) for m in re.findall(r'README,? "([^"]+)"', path.read_text(encoding="utf-8"))]
    for folder in ("claims", "flows", "docs", "benchmarks", "data"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".md", ".yaml", ".toml"):
                refs += [
                    (str(path.relative_to(ROOT)), m)
                    for m in re.findall(r'README,? "([^"]+)"', path.read_text(encoding="utf-8", errors="replace"))
                ]
    return refs


def test_every_readme_section_named_elsewhere_exists() -> None:
    refs = _section_references()
    assert ("Makefile", "Prefect offline") in refs  # the scan sees the references it must
    headings = _headings(README)
    missing = [(where, section) for where, section in refs if section not in headings]
    assert not missing, f"README has no such sections: {missing}"


# A path the docs name: in backticks or a markdown link, under a top-level folder of the
# repository (or a root file), not a pattern (<...>, *, …) or an example placeholder.
_PATH_RE = re.compile(r"`([\w./-]+\.\w+)`|\]\(([\w./-]+)\)")
_TOP = ("claims/", "data/", "docs/", "tests/", "benchmarks/", "flows/", "seeds/", "shared/", ".ci/")


def _named_paths(doc: Path) -> list[str]:
    text = doc.read_text(encoding="utf-8")
    out = []
    for m in _PATH_RE.finditer(text):
        path = (m.group(1) or m.group(2) or "").split("#", 1)[0]
        if not path or "://" in path or re.match(r"\s*@\s*`", text[m.end() : m.end() + 8]):
            continue  # a URL, or a file of another repository cited at a commit ("`a/b` `data/x.csv` @ `ab9b`")
        if path.startswith(_TOP) or (doc.parent / path).suffix == ".md":
            out.append(path)
    return out


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_file_the_docs_name_exists(doc: Path) -> None:
    missing = [
        p for p in _named_paths(doc) if not (ROOT / p).exists() and not (doc.parent / p).exists() and not _is_example(p)
    ]
    assert not missing, f"{doc.name} names files that do not exist: {missing}"


def _is_example(path: str) -> bool:
    """Paths that are examples of what a user has or a run writes, not files of the repository."""
    generated = ("data/claims.duckdb", "report/")
    return path.startswith(generated) or "path/to/" in path or path.startswith("data/prices/<")


def test_no_module_level_name_is_bound_twice():
    """One place per rule: a second ``_X_RE = ...`` (or def) silently replaces the first for every
    caller above it."""
    import ast
    import collections
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[1] / "claims"
    twice = {}
    for path in sorted(root.rglob("*.py")):
        names: collections.Counter[str] = collections.Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names[node.target.id] += 1
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names[node.name] += 1
        twice.update({f"{path.relative_to(root)}:{n}": k for n, k in names.items() if k > 1})
    assert twice == {}
