"""The data directory: one resolver (--data > $CLAIMS_DATA > shipped), shipped as package data."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import claims.sources
from claims.refdata.paths import ENV_VAR, resolve_data_dir, shipped_data_dir
from tests.conftest import DATA, ROOT

PY = Path(sys.executable)


def test_the_option_wins_over_the_environment_and_the_environment_over_the_default(tmp_path):
    env = {ENV_VAR: str(tmp_path / "env")}
    assert resolve_data_dir(tmp_path / "opt", environ=env) == tmp_path / "opt"
    assert resolve_data_dir(None, environ=env) == tmp_path / "env"
    assert resolve_data_dir(None, environ={ENV_VAR: "  "}) == shipped_data_dir()
    assert resolve_data_dir(None, environ={}) == claims.sources.DATA_DIR


def test_the_shipped_default_is_package_data_with_the_same_files_as_the_top_level_folder():
    shipped = shipped_data_dir()
    assert shipped == ROOT / "claims" / "data"
    assert shipped.resolve() == DATA.resolve()
    assert (shipped / "entities.json").is_file() and (shipped / "prices" / "1810.HK.csv").is_file()


def _source_copy(tmp_path: Path) -> Path:
    """The project files a wheel is built from (never build in the shared working tree)."""
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.duckdb", "*.wal", "*.pyc")
    for name in ("claims", "flows", "data"):
        shutil.copytree(ROOT / name, src / name, symlinks=True, ignore=ignore)
    return src


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("wheel")
    src = _source_copy(tmp)
    wheels = tmp / "wheels"
    build = [PY, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", ".", "-w", str(wheels), "-q"]
    subprocess.run(build, cwd=src, check=True, capture_output=True, timeout=240)
    (wheel,) = wheels.glob("claims-*.whl")
    target = tmp / "site"
    install = [PY, "-m", "pip", "install", "--no-deps", "--no-index", "--target", str(target), str(wheel), "-q"]
    subprocess.run(install, check=True, capture_output=True, timeout=240)
    return wheel, target


def test_the_wheel_carries_every_shipped_data_file(installed):
    wheel, _target = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        "claims/data/" + str(p.relative_to(DATA))
        for p in DATA.rglob("*")
        if p.is_file() and p.suffix in (".csv", ".json", ".yaml", ".md")
    }
    assert shipped, "nothing shipped?"
    assert shipped <= names, sorted(shipped - names)


def test_a_non_editable_install_checks_from_another_directory(installed, tmp_path):
    _wheel, target = installed
    article = tmp_path / "a.txt"
    article.write_text("Xiaomi shares closed at HK$15.86 on August 5, 2024.\n", encoding="utf-8")
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    code = "import sys, claims; assert claims.__file__.startswith(sys.argv[1]), claims.__file__; from claims.cli import main; main(sys.argv[2:])"
    args = [PY, "-c", code, str(target), "check", str(article), "--db", str(tmp_path / "c.duckdb"), "--format", "json"]
    done = subprocess.run(args, cwd=elsewhere, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [(r["text"], r["verdict"], r["reference_value"]) for r in rows] == [("HK$15.86", "supported", 15.86)]


def _shipped_files() -> list[Path]:
    return sorted(p for p in DATA.rglob("*") if p.is_file() and p.suffix in (".csv", ".json", ".yaml", ".md"))


def test_every_shipped_file_has_a_named_source():
    """Nothing ships without a source: every CSV has a provenance file naming where it came from,
    and the README's provenance table names every file (price files by ticker)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("### What ships") :]
    for path in _shipped_files():
        rel = path.relative_to(DATA)
        if path.suffix == ".csv":
            prov = json.loads(path.with_name(path.stem + ".provenance.json").read_text(encoding="utf-8"))
            origin = prov["origin"]
            assert origin.get("repository") and origin.get("commit"), rel
        if rel.parts[0] == "prices":
            ticker = path.name.split(".csv")[0].split(".provenance")[0]
            assert ticker.split(".")[0] in table, f"{rel} is not in the README's provenance table"
        else:
            sibling = path.with_name(path.name.replace(".provenance.json", ".csv"))
            named = (
                rel if not (path.name.endswith(".provenance.json") and sibling.exists()) else sibling.relative_to(DATA)
            )
            assert f"data/{named}" in table, f"data/{named} is not in the README's provenance table"
