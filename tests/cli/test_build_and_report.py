"""``councilkg build``/``load`` summaries with coverage, and ``councilkg report`` (the extraction report)."""

from __future__ import annotations

from pathlib import Path

from councilkg.data import bundled_plans
from tests.cli.test_cli import LAMBETH_2020, TITLE, assert_one_error, invoke, json_rows, ok

COUNTS = ("priorities", "actions", "indicators", "observations", "risks", "people", "warnings")


def test_build_json_summary_has_counts_and_coverage(tmp_path: Path) -> None:
    """``build --format json`` gives one row per file: the plan named with its council, counts, warnings,
    coverage and triples."""
    rows = json_rows("build", LAMBETH_2020, "--store", tmp_path / "store", "--format", "json")
    assert len(rows) == 1
    row = rows[0]
    assert row["plan"] == f"Lambeth — {TITLE}"
    assert row["council"] == "Lambeth"
    assert row["file"] == LAMBETH_2020.name
    assert row["loader"] == "lambeth-directorate-2020"
    assert [row[name] for name in COUNTS] == [6, 37, 41, 40, 12, 13, 3]
    assert row["unplaced table rows"] == 0
    assert 75 < row["placed"] <= 100
    assert row["triples"] > 2900
    assert row["skipped"] is None


def test_build_table_summary_shows_placed_share(tmp_path: Path) -> None:
    """The table summary ends each loaded plan's row with the share of lines placed."""
    result = ok("build", LAMBETH_2020, "--store", tmp_path / "store")
    assert "placed" in result.stdout
    assert "%" in result.stdout


def test_load_by_bundled_name_keeps_other_plans(tmp_path: Path) -> None:
    """``load NAME`` accepts a bundled plan's name and leaves the plans already in the store."""
    store = tmp_path / "store"
    ok("build", "--store", store)
    before = {row["plan"] for row in json_rows("plans", "--format", "json", "--store", store)}
    ok("load", LAMBETH_2020.stem, "--store", store)
    after = {row["plan"] for row in json_rows("plans", "--format", "json", "--store", store)}
    assert before == after


def test_load_needs_a_file(tmp_path: Path) -> None:
    """``load`` with no FILES is a usage error, not a build of the bundled corpus."""
    result = invoke("load", "--store", tmp_path / "store")
    assert result.exit_code == 2
    assert not (tmp_path / "store").exists()


def test_load_with_unknown_loader_writes_nothing(tmp_path: Path) -> None:
    """``--loader`` with a name no loader has is one error naming the registered loaders."""
    result = invoke("load", LAMBETH_2020, "--loader", "nope", "--store", tmp_path / "store")
    line = assert_one_error(result, "no loader named 'nope'")
    assert "lambeth-directorate-2020" in line


def test_load_with_named_loader(tmp_path: Path) -> None:
    """``--loader NAME`` reads the file with that loader."""
    loader = "lambeth-directorate-2020"
    rows = json_rows("load", LAMBETH_2020, "--loader", loader, "--store", tmp_path / "s", "--format", "json")
    assert rows[0]["loader"] == "lambeth-directorate-2020"


def test_report_json_lists_unplaced_lines() -> None:
    """``report --format json`` counts placed lines by kind and lists each unplaced line with its number."""
    report = json_rows("report", LAMBETH_2020.name, "--format", "json")
    assert report["file"] == LAMBETH_2020.name
    assert report["loader"] == "lambeth-directorate-2020"
    assert report["placed_lines"] + len(report["unplaced"]) == report["nonblank_lines"]
    assert report["placed_as"]["action"] == 37
    assert report["unplaced_table_rows"] == 0
    first = report["unplaced"][0]
    assert first == {"line": 3, "table_row": False, "text": "Lambeth"}
    assert [w["line"] for w in report["warnings"]] == [134, 189, 206]


def test_report_table_names_the_plan_and_unplaced_lines() -> None:
    """The table report starts with one summary line naming the plan with its council, and lists the
    unplaced lines."""
    result = ok("report", str(LAMBETH_2020))
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"Lambeth — {TITLE} ({LAMBETH_2020.name}, lambeth-directorate-2020): ")
    assert "0 of them table rows" in first
    assert "Unplaced lines" in result.stdout


def test_report_strict_fails_on_an_unplaced_table_row(tmp_path: Path) -> None:
    """``--strict`` exits 1 when a table row is unplaced: here a stray tabbed line added to the plan."""
    lines = LAMBETH_2020.read_text(encoding="utf-8").splitlines()
    lines.insert(40, "stray\trow\tof cells")
    plan = tmp_path / "plan.txt"
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ok("report", plan)  # the row is listed as unplaced, but only --strict fails on it
    result = invoke("report", plan, "--strict", "--format", "json")
    assert result.exit_code == 1
    assert '"line": 41' in result.stdout


def test_report_unknown_plan_lists_bundled_names() -> None:
    """An unknown plan is one error that lists the bundled plans' names."""
    line = assert_one_error(invoke("report", "no-such-plan"), "no such file or bundled plan")
    for plan in bundled_plans():
        assert plan.path.stem in line
