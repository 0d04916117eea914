"""The two README commands set up what they say: ``make demo`` installs what running needs, ``make test``
adds the dev extra and shows skip reasons, and ``make help`` prints the values of its variables."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
DEV_TOOLS = {"pytest", "hypothesis", "ruff", "mypy", "reportlab", "sparqlwrapper"}

needs_make = pytest.mark.skipif(shutil.which("make") is None, reason="no make on the PATH")


def make(*args: str, venv: Path) -> str:
    """Return what ``make ARGS`` prints (``-n``: the commands, not run) with the venv at ``venv``."""
    done = subprocess.run(
        ["make", "--no-print-directory", *args, f"VENV={venv}"],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    return done.stdout


def _name(requirement: str) -> str:
    """Return a requirement's distribution name, lower case (``"ruff>=0.6"`` → ``"ruff"``)."""
    match = re.match(r"[A-Za-z0-9_.-]+", requirement)
    assert match, requirement
    return match.group().lower()


def extra(name: str) -> set[str]:
    """Return the distributions a pyproject.toml extra installs, its ``councilkg[...]`` extras resolved."""
    names: set[str] = set()
    for requirement in PYPROJECT["project"]["optional-dependencies"][name]:
        inner = re.fullmatch(r"councilkg\[([\w,-]+)\]", requirement)
        names |= (
            set().union(*(extra(n) for n in inner.group(1).split(","))) if inner else {_name(requirement)}
        )
    return names


def test_running_needs_no_development_tool() -> None:
    """Every install's dependencies hold no test, lint or PDF-rendering tool; ``dev`` holds them all."""
    runtime = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    assert not runtime & DEV_TOOLS
    assert extra("dev") >= DEV_TOOLS
    assert extra("test") <= extra("dev")


@needs_make
def test_make_help_prints_values_not_variables(tmp_path: Path) -> None:
    """``make help`` names the store folder and demo folder, not a literal ``$(STORE)``."""
    text = make("-s", "help", venv=tmp_path / "venv")
    assert "$(" not in text
    assert "into .councilkg/store" in text
    assert "to demo/" in text
    assert {"demo", "test", "lint", "docs", "clean"} <= set(re.findall(r"make (\S+)", text))


@needs_make
def test_make_demo_installs_only_what_running_needs(tmp_path: Path) -> None:
    """On a fresh venv ``make demo`` installs the package without extras, then runs the demo."""
    commands = make("-n", "demo", venv=tmp_path / "venv")
    assert "pip install --quiet -e .\n" in commands
    assert "[dev]" not in commands and "[test]" not in commands
    assert f"{tmp_path / 'venv'}/bin/councilkg build" in commands


@needs_make
def test_make_test_adds_the_dev_extra_and_shows_skip_reasons(tmp_path: Path) -> None:
    """``make test`` installs the dev extra and runs pytest with ``-rs``, so each skip says why."""
    commands = make("-n", "test", venv=tmp_path / "venv")
    assert 'pip install --quiet -e ".[dev]"' in commands
    assert re.search(r"-m pytest .*-rs|-m pytest -rs", commands)


def test_ci_installs_everything_and_runs_make_test() -> None:
    """``.ci/run`` starts from no venv and runs ``make lint``, ``make test`` (the dev extra), the demo."""
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "rm -rf .venv" in script
    lines = [line.strip() for line in script.splitlines()]
    assert lines.index("make lint") < lines.index("make test") < lines.index("make demo")
