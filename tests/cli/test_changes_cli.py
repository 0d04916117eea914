"""``councilkg changes`` and ``councilkg targets``: the bundled plans and the synthetic plan-year pair."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.cli.test_cli import assert_one_error, invoke, ok

LAMBETH_2007 = "lambeth-cyps-service-plan-2007-10"
LAMBETH_2020 = "lambeth-childrens-directorate-plan-2020-21"
ASHBRIDGE_2007 = "ashbridge-cyp-directorate-plan-2007-09"
ASHBRIDGE_2009 = "ashbridge-cyp-directorate-plan-2009-11"


def test_changes_table_groups_by_kind_and_status(pair_store_path: Path) -> None:
    """One table per kind, titled with its counts; matches say how they were made and owners that moved."""
    out = ok("changes", ASHBRIDGE_2007, ASHBRIDGE_2009, "--store", pair_store_path).stdout
    assert "Changes from Ashbridge 2007-09" in out
    assert "Priorities: 1 kept, 1 re-worded, 1 dropped, 1 added" in out
    assert "Actions: 1 kept, 1 re-worded, 1 dropped, 1 added" in out
    assert "Indicators: 2 kept, 1 re-worded, 1 dropped, 1 added" in out
    assert "theme and wording" in out and "national code NI 59" in out
    assert "− Head of Safeguarding" in out and "+ Head of Early Help" in out
    assert out.index("Priorities:") < out.index("Actions:") < out.index("Indicators:")


def test_changes_csv_has_one_row_per_item_and_filters(pair_store_path: Path) -> None:
    out = ok(
        "changes",
        ASHBRIDGE_2009,
        ASHBRIDGE_2007,
        "--kind",
        "action",
        "--format",
        "csv",
        "--store",
        pair_store_path,
    ).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["kind"], r["status"]) for r in rows] == [
        ("Action", "kept"),
        ("Action", "re-worded"),
        ("Action", "dropped"),
        ("Action", "added"),
    ]
    kept = rows[0]
    assert (kept["owners changed"], kept["owners dropped"], kept["owners added"]) == (
        "true",
        "Head of Safeguarding and Vulnerable Children",
        "Head of Early Help and Prevention",
    )
    assert kept["before item"].startswith(
        "https://w3id.org/councilkg/id/plan/ashbridge/cyp-directorate-plan-2007-09/"
    )


def test_changes_json_on_the_bundled_lambeth_plans(built_store_path: Path) -> None:
    """Lambeth 2007-10 against 2020/21: indicators carried across by national code, with the new owner."""
    data = json.loads(
        ok(
            "changes",
            LAMBETH_2007,
            LAMBETH_2020,
            "--status",
            "re-worded",
            "--format",
            "json",
            "--store",
            built_store_path,
        ).stdout
    )
    assert data["before"]["name"] == LAMBETH_2007 and data["after"]["name"] == LAMBETH_2020
    assert data["counts"]["Indicator"]["re-worded"] == len(data["changes"]) >= 2
    change = next(c for c in data["changes"] if c["after"]["ref"] == "RI.56")
    assert (change["before"]["ref"], change["matched_by"], change["score"]) == (
        "PAF A3",
        "national code NI 65 = PAF A3",
        1.0,
    )
    assert change["owners_added"] == ["Alex Kubeyinje"]


def test_changes_unknown_plan_is_one_line_listing_the_plans(built_store_path: Path) -> None:
    line = assert_one_error(
        invoke("changes", "lambth-2007", LAMBETH_2020, "--store", built_store_path), "no plan"
    )
    assert LAMBETH_2007 in line


def test_changes_same_plan_twice_is_one_line(built_store_path: Path) -> None:
    assert_one_error(
        invoke("changes", LAMBETH_2020, LAMBETH_2020, "--store", built_store_path), "the same plan"
    )


def test_targets_table_summarises_each_authority(pair_store_path: Path) -> None:
    out = ok("targets", "--store", pair_store_path).stdout
    assert "Ashbridge: 3 met, 2 missed, 11 no data" in out
    assert "11.5%" in out and "missed" in out


def test_targets_csv_with_status_filter(pair_store_path: Path) -> None:
    out = ok(
        "targets",
        ASHBRIDGE_2007,
        "--status",
        "met",
        "--status",
        "missed",
        "--format",
        "csv",
        "--store",
        pair_store_path,
    ).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert sorted((r["ref"], r["period"], r["status"]) for r in rows) == [
        ("NI 112", "2007/08", "met"),
        ("NI 112", "2008/09", "met"),
        ("NI 59", "2007/08", "missed"),
        ("NI 62", "2007/08", "met"),
        ("NI 62", "2008/09", "missed"),
    ]
    ni62 = next(r for r in rows if r["ref"] == "NI 62" and r["period"] == "2007/08")
    assert (ni62["target"], ni62["outturn"], ni62["outturn plan"], ni62["lower is better"]) == (
        "12.0%",
        "11.5%",
        ASHBRIDGE_2009,
        "true",
    )


def test_targets_json_on_the_bundled_plans(built_store_path: Path) -> None:
    data = json.loads(ok("targets", "lambeth", "--format", "json", "--store", built_store_path).stdout)
    assert data and {row["status"] for row in data} == {"no data"}
    assert {row["plan"] for row in data} >= {LAMBETH_2007}


def test_targets_unknown_plan_is_one_line(built_store_path: Path) -> None:
    assert_one_error(invoke("targets", "Ashbridge", "--store", built_store_path), "or name an authority")
