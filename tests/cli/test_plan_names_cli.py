"""Every command that names a plan names its council with its title (issue 20, names and identity)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.cli.test_cli import LAMBETH_2020, TITLE, json_rows, ok

NAME = f"Lambeth — {TITLE}"
NORTHMOOR = Path(__file__).resolve().parents[1] / "data" / "generic" / "northmoor-cypp-2010-13.txt"
NORTHMOOR_NAME = "Northmoor — Children and Young People's Plan 2010-2013"


def test_build_names_a_guessed_plan_with_its_council(tmp_path: Path) -> None:
    """A plan no loader names, in the build summary: "Northmoor — Children and Young People's Plan…"."""
    rows = json_rows("load", NORTHMOOR, "--store", tmp_path / "store", "--format", "json")
    assert [(row["plan"], row["council"]) for row in rows] == [(NORTHMOOR_NAME, "Northmoor")]
    table = ok("load", NORTHMOOR, "--store", tmp_path / "store").stdout
    assert "Northmoor — Children and" in table


def test_gaps_name_each_plan_with_its_council(built_store_path: Path) -> None:
    """The gaps table, its CSV and the completeness table name the council; JSON has it as a field."""
    table = ok("gaps", "--summary", "--store", built_store_path).stdout
    for name in ("Herefordshire — Children and Young", "Lambeth — Children's Directorate", "Southwark — "):
        assert name in table, name
    rows = list(
        csv.DictReader(io.StringIO(ok("gaps", "--format", "csv", "--store", built_store_path).stdout))
    )
    # each name starts with its council ("Lambeth Children and Young People's Service — …" names it already)
    assert {row["plan"].split()[0] for row in rows} == {"Herefordshire", "Lambeth", "Southwark"}
    assert not any(row["plan"].startswith("Lambeth — Lambeth") for row in rows)
    assert NAME in {row["plan"] for row in rows}
    found = json_rows("gaps", "--plan", LAMBETH_2020.stem, "--format", "json", "--store", built_store_path)
    assert [(p["council"], p["plan_title"]) for p in found["plans"]] == [("Lambeth", TITLE)]
    assert {g["council"] for g in found["gaps"]} == {"Lambeth"}


def test_who_owns_names_the_council(built_store_path: Path) -> None:
    """``who-owns`` shows the item's plan as council and title; JSON gives the council beside the title."""
    csv_text = ok("who-owns", "CSKA12", "--format", "csv", "--store", built_store_path).stdout
    assert {row["plan"] for row in csv.DictReader(io.StringIO(csv_text))} == {NAME}
    items = json_rows("who-owns", "CSKA12", "--format", "json", "--store", built_store_path)
    assert [(i["item"]["council"], i["item"]["plan_title"]) for i in items] == [("Lambeth", TITLE)]


def test_owner_groups_by_council_and_title(built_store_path: Path) -> None:
    """``owner`` heads each plan's table with council and title; JSON has title, council and name."""
    report = json_rows("owner", "Alex Kubeyinje", "--format", "json", "--store", built_store_path)
    assert [(p["title"], p["council"], p["name"]) for p in report["plans"]] == [(TITLE, "Lambeth", NAME)]


def test_thread_json_gives_each_node_its_council(built_store_path: Path) -> None:
    """The thread's nodes carry their plan's council, so a view or script can name the plan."""
    root = json.loads(ok("thread", "CSKA12", "--format", "json", "--store", built_store_path).stdout)
    assert (root["council"], root["plan_title"]) == ("Lambeth", TITLE)


def test_report_names_the_council() -> None:
    """``report`` (no store) names the plan with the council its loader or the guess gives."""
    assert ok("report", NORTHMOOR).stdout.startswith(f"{NORTHMOOR_NAME} ({NORTHMOOR.name}, generic): ")
    report = json.loads(ok("report", LAMBETH_2020, "--format", "json").stdout)
    assert (report["council"], report["plan"]) == ("Lambeth", TITLE)
