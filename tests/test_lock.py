"""The install is locked: the environment the tests run in holds exactly the versions in
``requirements.lock``, every pin has hashes, and the lock covers pyproject's dependencies."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from importlib import metadata

import pytest

from tests.conftest import ROOT

LOCK = ROOT / "requirements.lock"


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _lock_diff():
    spec = importlib.util.spec_from_file_location("lock_diff", ROOT / ".ci" / "lock_diff.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_locked_pin_has_a_hash():
    text = LOCK.read_text()
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 1)[1])
    pins = [b for b in blocks if "==" in b.split("\n", 1)[0]]
    assert len(pins) > 100
    for block in pins:
        assert "--hash=sha256:" in block, f"no hash for {block.splitlines()[0]}"


def test_the_lock_pins_every_direct_dependency_within_its_range():
    from packaging.requirements import Requirement

    pins = _lock_diff().read_pins(LOCK)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = [*project["dependencies"], *(r for extra in project["optional-dependencies"].values() for r in extra)]
    for line in wanted:
        req = Requirement(line)
        name = _norm(req.name)
        assert name in pins, f"{req.name} is in pyproject.toml but not in requirements.lock: run `make lock`"
        assert req.specifier.contains(pins[name], prereleases=True), f"{name}=={pins[name]} is outside {req}"


@pytest.mark.skipif(not sys.prefix.endswith(".venv"), reason="checks the project's own .venv made by `make install`")
def test_the_environment_holds_exactly_the_locked_versions():
    pins = _lock_diff().read_pins(LOCK)
    installed = {_norm(d.metadata["Name"]): d.version for d in metadata.distributions()}
    installed.pop("claims", None)  # the project itself, installed editable from the tree
    installed.pop("pip", None)  # the venv's own installer, not a dependency
    assert {n: v for n, v in installed.items() if pins.get(n) != v} == {}
    assert sorted(set(pins) - set(installed)) == []


def test_lock_diff_lists_added_removed_and_changed_versions(tmp_path, capsys):
    old = tmp_path / "old.lock"
    new = tmp_path / "new.lock"
    old.write_text(
        "# header\nalpha==1.0 \\\n    --hash=sha256:aa\nbeta_pkg==2.0 \\\n    --hash=sha256:bb\ngamma==3.0\n"
    )
    new.write_text("# header\nalpha==1.1 \\\n    --hash=sha256:cc\nBeta.Pkg==2.0\ndelta[x]==0.1\n")
    assert _lock_diff().main(str(old), str(new)) == 0
    assert capsys.readouterr().out.splitlines() == [
        "3 packages locked; 3 changed:",
        "  + delta 0.1",
        "  - gamma 3.0",
        "  ~ alpha 1.0 -> 1.1",
    ]
