"""Plan text reaching a spreadsheet or a terminal: CSV cells are not formulas, control characters and
Rich markup are shown, not obeyed (issue 18, outputs)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from councilkg.cli.main import cli
from councilkg.cli.render import RAW_CSV_ENV

PLAN = (
    "Wessex Council\nChildren and Young People's Plan 2012-2015\n\n"
    'Priority 1: =HYPERLINK("http://evil.example/","Click")\n'
    "We will:\n• Audit\x1b[2J every plan [bold]now[/bold]\n"
)
LABELS = (
    "SELECT ?label WHERE { { ?i a ckg:Priority } UNION { ?i a ckg:Action } ?i rdfs:label ?label } "
    "ORDER BY ?label"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding a plan whose labels are hostile to spreadsheets and terminals."""
    folder = tmp_path_factory.mktemp("safety")
    plan = folder / "wessex-cypp-2012-15.txt"
    plan.write_text(PLAN, encoding="utf-8")
    result = CliRunner().invoke(cli, ["load", str(plan), "--store", str(folder / "store")])
    assert result.exit_code == 0, result.output
    return folder / "store"


def test_csv_cells_that_start_a_formula_are_quoted(store: Path) -> None:
    result = CliRunner().invoke(cli, ["query", LABELS, "--format", "csv", "--store", str(store)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "label"
    assert any(line.startswith("\"'=HYPERLINK(") for line in lines)
    assert not any(line.startswith(("=", '"=')) for line in lines)


def test_raw_csv_for_pipelines(store: Path) -> None:
    result = CliRunner().invoke(
        cli, ["query", LABELS, "--format", "tsv", "--store", str(store)], env={RAW_CSV_ENV: "1"}
    )
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert '"=HYPERLINK(""http://evil.example/"",""Click"")"' in lines  # TSV quotes the cell, as written


def test_a_table_shows_control_characters_and_markup_literally(store: Path) -> None:
    result = CliRunner().invoke(cli, ["query", LABELS, "--store", str(store)])
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout
    assert "\\x1b[2J" in result.stdout and "[bold]now[/bold]" in result.stdout
