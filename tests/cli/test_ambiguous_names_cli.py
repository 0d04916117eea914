"""A name that matches several items or owners lists each with its plan (council and title), kind,
source line and an id the user can pass back; passing it back names that one (issue 20)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.cli.test_cli import assert_one_error, invoke, json_rows, ok

OUTCOME = "id:framework/ecm/stay-safe"
INDICATOR = "id:plan/herefordshire/cyp-directorate-plan-2009-11/indicator/apa-2008-stay-safe"
HEREFORDSHIRE = "Herefordshire — Children and Young People's Directorate Plan 2009-2011"


def printed(item: str) -> str:
    """Return an id as the CLI prints it: the spelling SPARQL reads back ("id:person\\/x")."""
    return item.replace("/", "\\/")


def test_thread_lists_the_candidates_with_their_ids(built_store_path: Path) -> None:
    """The issue's case: "Stay safe" is an Every Child Matters outcome and an indicator of a plan."""
    line = assert_one_error(invoke("thread", "Stay safe", "--store", built_store_path), "matches 2 items")
    assert f"Stay safe (Outcome) → {printed(OUTCOME)};" in line
    assert f"Stay Safe (Indicator, {HEREFORDSHIRE}, line 651) → {printed(INDICATOR)};" in line
    assert line.endswith("give one's id, a reference, more words, or --plan")


def test_passing_an_id_back_names_that_item(built_store_path: Path) -> None:
    indicator = json.loads(ok("thread", INDICATOR, "--format", "json", "--store", built_store_path).stdout)
    assert (indicator["kind"], indicator["line"], indicator["council"]) == ("indicator", 651, "Herefordshire")
    assert [child["label"] for child in indicator["children"]] == ["Stay safe"]
    outcome = json.loads(ok("thread", OUTCOME, "--format", "json", "--store", built_store_path).stdout)
    assert (outcome["kind"], outcome["label"]) == ("outcome", "Stay safe")
    owned = json_rows("who-owns", INDICATOR, "--format", "json", "--store", built_store_path)
    assert [(i["item"]["type"], i["item"]["line"]) for i in owned] == [("Indicator", 651)]


def test_who_owns_lists_each_match_with_its_id(built_store_path: Path) -> None:
    table = ok("who-owns", "Stay safe", "--store", built_store_path).stdout
    assert "2 items match 'Stay safe'; for one of them, pass its id back:" in table
    assert f"  Stay Safe (Indicator, {HEREFORDSHIRE}, line 651) → {printed(INDICATOR)}\n" in table
    rows = list(
        csv.DictReader(
            io.StringIO(ok("who-owns", "Stay safe", "--format", "csv", "--store", built_store_path).stdout)
        )
    )
    assert {row["id"] for row in rows} == {
        "https://w3id.org/councilkg/id/framework/ecm/stay-safe",
        "https://w3id.org/councilkg/" + INDICATOR.replace("id:", "id/", 1),
    }
    one = ok("who-owns", INDICATOR, "--store", built_store_path).stdout
    assert "items match" not in one and HEREFORDSHIRE.split(" — ")[0] in one


def test_owner_lists_each_match_with_its_id(built_store_path: Path) -> None:
    line = assert_one_error(invoke("owner", "kathy", "--store", built_store_path), "matches 2 owners")
    assert "Kathy Roberts (person, Herefordshire) → id:person\\/kathy-roberts;" in line
    report = json_rows("owner", "id:person\\/kathy-roberts", "--format", "json", "--store", built_store_path)
    assert report["owner"]["label"] == "Kathy Roberts"
