"""The docs match the code: every CLI command has help with an example, every prefect.yaml
entrypoint imports, and the README names only commands that exist."""

from __future__ import annotations

import importlib
import re

import click
import pytest
import yaml
from click.testing import CliRunner

from claims.cli import main
from tests.conftest import ROOT


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
    out = []
    for name, cmd in group.commands.items():
        out.append(((*prefix, name), cmd))
        if isinstance(cmd, click.Group):
            out.extend(_commands(cmd, (*prefix, name)))
    return out


@pytest.mark.parametrize(("path", "cmd"), _commands(main), ids=lambda x: " ".join(x) if isinstance(x, tuple) else "")
def test_every_command_has_help_with_an_example(path, cmd):
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    if not isinstance(cmd, click.Group):
        assert "Example:" in result.output, f"`claims {' '.join(path)} --help` has no example"


def test_every_prefect_yaml_entrypoint_imports():
    from prefect import Flow

    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text())
    entrypoints = {d["entrypoint"] for d in spec["deployments"]}
    assert entrypoints
    for entry in entrypoints:
        path, func = entry.split(":")
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        flow = getattr(module, func)
        assert isinstance(flow, Flow), f"{entry} is not a Prefect flow"
        assert flow.name == "check-claims"


def test_the_readme_names_only_commands_that_exist():
    readme = (ROOT / "README.md").read_text()
    named = set(re.findall(r"`claims ([a-z]+)", readme))
    existing = set(main.commands)
    assert named, "the README names no command"
    assert named <= existing, f"README names {sorted(named - existing)}, which do not exist"
