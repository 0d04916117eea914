"""Every CLI command, loader and named query is documented: help text, README entry, query headers."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from councilkg.cli.main import cli
from councilkg.loaders import get_loader, loader_names
from councilkg.queries import named_queries

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS: dict[str, click.Command] = dict(cli.commands)


def test_there_are_commands_loaders_and_queries() -> None:
    """The parametrised checks below have something to check."""
    assert {"build", "plans", "query", "export", "validate", "stats", "loaders", "queries"} <= set(COMMANDS)
    assert loader_names()
    assert named_queries()


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_help_has_summary_and_example(name: str) -> None:
    """Each command's help starts with a one-line summary and holds an Example block."""
    text = COMMANDS[name].help or ""
    lines = text.strip().splitlines()
    assert lines, f"{name} has no help"
    summary = lines[0].strip()
    assert summary.endswith("."), summary
    assert len(summary) <= 100, summary
    assert len(lines) == 1 or not lines[1].strip(), f"{name}: the summary must be followed by a blank line"
    assert "Example" in text
    assert f"councilkg {name}" in text
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert summary in result.stdout
    assert "Example:" in result.stdout


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_in_readme(name: str) -> None:
    """Each command is named in README.md as ``councilkg NAME``."""
    assert f"councilkg {name}" in README


@pytest.mark.parametrize("name", loader_names())
def test_loader_documented(name: str) -> None:
    """Each registered loader is named in README.md or carries a description."""
    description = getattr(get_loader(name), "description", "")
    assert name in README or description.strip()


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_query_has_headers(name: str) -> None:
    """Each named query has ``# title:``, ``# question:`` and ``# parameters:`` header lines."""
    query = named_queries()[name]
    assert query.title
    assert query.question
    assert query.parameters
    header = [line for line in query.text.splitlines() if line.startswith("#")]
    for field in ("title", "question", "parameters"):
        assert any(line.startswith(f"# {field}:") for line in header), (name, field)


def test_readme_python_example_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's "Use from Python" example runs as printed, through the package's public names."""
    section = README.split("\n## Use from Python\n", 1)[1].split("\n## ", 1)[0]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "items owned by Alex Kubeyinje" in printed
    assert "themes across 4 plans" in printed
