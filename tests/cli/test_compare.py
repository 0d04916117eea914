"""``councilkg compare`` on the bundled plans."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.test_cli import assert_one_error, invoke, ok

ECM = [
    "Achieve economic well-being",
    "Be healthy",
    "Enjoy and achieve",
    "Make a positive contribution",
    "Stay safe",
]


def compare_json(store: Path, *args: str) -> dict[str, Any]:
    """Return ``councilkg compare ARGS --format json`` parsed."""
    return json.loads(ok("compare", *args, "--format", "json", "--store", store).stdout)


def test_compare_by_outcome_puts_lambeth_2007_and_herefordshire_side_by_side(built_store_path: Path) -> None:
    """The issue's example: both plans' priorities under each of the five ECM outcomes."""
    data = compare_json(built_store_path, "--by", "outcome")
    assert [row["label"] for row in data["rows"]] == ECM
    names = [p["name"] for p in data["plans"]]
    assert names == [
        "herefordshire-cyp-directorate-plan-2009-11",
        "lambeth-cyps-service-plan-2007-10",
        "lambeth-childrens-directorate-plan-2020-21",
        "southwark-cypp-2010-13",
    ]
    for row in data["rows"]:
        for plan in ("herefordshire-cyp-directorate-plan-2009-11", "lambeth-cyps-service-plan-2007-10"):
            assert row["plans"][plan], (row["label"], plan)
    safe = next(row for row in data["rows"] if row["label"] == "Stay safe")
    lambeth = {
        i["label"] for i in safe["plans"]["lambeth-cyps-service-plan-2007-10"] if i["type"] == "Priority"
    }
    assert len(lambeth) == 3
    assert any(label.startswith("Continue to safeguard children") for label in lambeth)


def test_compare_selects_plans_by_name_or_authority(built_store_path: Path) -> None:
    """Arguments name plans or authorities; only those become columns."""
    data = compare_json(built_store_path, "lambeth")
    assert {p["authority"] for p in data["plans"]} == {"Lambeth"} and len(data["plans"]) == 2
    data = compare_json(built_store_path, "herefordshire-cyp-directorate-plan-2009-11")
    assert [p["authority"] for p in data["plans"]] == ["Herefordshire"]


def test_compare_table_and_csv(built_store_path: Path) -> None:
    """The table has a column per plan; CSV a row per item."""
    table = ok("compare", "--store", built_store_path).stdout
    assert "Herefordshire 2009-11" in table and "Lambeth 2007-10" in table and "Stay safe" in table
    lines = ok("compare", "--format", "csv", "--store", built_store_path).stdout.splitlines()
    assert lines[0] == "outcome,plan,type,ref,label,line,detail,item"
    assert len(lines) > 100


def test_compare_unknown_plan(built_store_path: Path) -> None:
    """A name that is neither a plan nor an authority is one error naming the authorities."""
    assert_one_error(
        invoke("compare", "narnia", "--store", built_store_path), "or name an authority: Herefordshire"
    )


def test_compare_by_theme_places_every_plan(built_store_path: Path) -> None:
    """The issue's example: --by theme also places Southwark and Lambeth 2020/21."""
    data = compare_json(built_store_path, "--by", "theme")
    placed = {plan for row in data["rows"] for plan, items in row["plans"].items() if items}
    assert placed == {p["name"] for p in data["plans"]}
    protection = next(row for row in data["rows"] if row["label"] == "Child protection")
    assert all(protection["plans"][p["name"]] for p in data["plans"])


def test_compare_by_indicator_joins_regimes_through_the_crosswalk(built_store_path: Path) -> None:
    """NI 112 (Herefordshire) and BVPI 197 (Lambeth 2007) are one row: the under-18 conception rate."""
    data = compare_json(built_store_path, "--by", "indicator")
    row = next(r for r in data["rows"] if "NI 112" in r["label"])
    assert "BVPI 197" in row["label"]
    lambeth = row["plans"]["lambeth-cyps-service-plan-2007-10"]
    assert [i["ref"] for i in lambeth] == ["BVPI 197"]
    assert "2006/07 outturn" in lambeth[0]["detail"]
    assert all(sum(1 for items in r["plans"].values() if items) >= 2 for r in data["rows"])
