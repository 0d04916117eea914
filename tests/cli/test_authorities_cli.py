"""``councilkg authorities`` and a load that joins an authority the store already has (issue 20)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import assert_one_error, invoke, json_rows, ok

GENERIC = Path(__file__).resolve().parents[1] / "data" / "generic"
NORTHMOOR = GENERIC / "northmoor-cypp-2010-13.txt"
THEMES = GENERIC / "northmoor-themes-2010-13.txt"


def test_load_says_when_it_joins_an_existing_authority(tmp_path: Path) -> None:
    """A plan guessed as "Northmoor", then one loaded as "Northmoor Borough Council": one authority."""
    store = tmp_path / "store"
    first = ok("load", NORTHMOOR, "--store", store)
    assert "existing authority" not in first.stderr
    second = ok(
        "load", THEMES, "--council", "Northmoor Borough Council", "--gss", "E06000099", "--store", store
    )
    assert (
        f"note: {THEMES.name}: filed under the existing authority Northmoor (id:authority/northmoor): "
        "the name 'Northmoor Borough Council' matches"
    ) in second.stderr
    found = json_rows("authorities", "--format", "json", "--store", store)
    northmoor = [a for a in found if a["label"].startswith("Northmoor")]
    assert [(a["iri"], a["gss"]) for a in northmoor] == [
        ("https://w3id.org/councilkg/id/authority/northmoor", "E06000099")
    ]
    assert [p["title"] for p in northmoor[0]["plans"]] == [
        "Children and Young People's Plan 2010-2013",
        "Children and Young People's Plan 2010-2013 (themes edition)",
    ]


def test_a_full_name_with_a_known_code_joins_a_shipped_authority(tmp_path: Path) -> None:
    """``--council "London Borough of Lambeth" --gss E09000022`` files the plan under id:authority/lambeth."""
    store = tmp_path / "store"
    result = ok(
        "load", NORTHMOOR, "--council", "London Borough of Lambeth", "--gss", "E09000022", "--store", store
    )
    assert "existing authority Lambeth (id:authority/lambeth): its GSS code matches" in result.stderr
    assert "GSS code is not known" not in result.stderr
    lambeth = next(
        a for a in json_rows("authorities", "--format", "json", "--store", store) if a["label"] == "Lambeth"
    )
    assert [p["name"] for p in lambeth["plans"]] == ["lambeth-children-and-young-peoples-plan-2010-13"]


def test_a_known_name_with_another_code_is_refused(tmp_path: Path) -> None:
    store = tmp_path / "store"
    ok("load", NORTHMOOR, "--council", "Northmoor", "--gss", "E06000099", "--store", store)
    result = invoke("load", THEMES, "--council", "Northmoor Council", "--gss", "E06000098", "--store", store)
    assert_one_error(result, "whose GSS code is E06000099, not E06000098")
    assert len(json_rows("plans", "--format", "json", "--store", store)) == 1


def test_authorities_table_lists_plans_by_council_and_title(built_store_path: Path) -> None:
    table = ok("authorities", "--store", built_store_path).stdout
    assert "E09000022" in table and "Lambeth — Children's Directorate Plan" in table
    csv_text = ok("authorities", "--format", "csv", "--store", built_store_path).stdout
    assert csv_text.splitlines()[0] == "authority,gss,plans,plan names,iri"
    assert "Lambeth,E09000022,2," in csv_text


def test_an_authority_stays_while_a_plan_that_joined_it_is_loaded(tmp_path: Path) -> None:
    """The plan that introduced Northmoor is removed; the plan that joined it keeps it described."""
    store = tmp_path / "store"
    ok("load", NORTHMOOR, "--store", store)
    ok("load", THEMES, "--council", "Northmoor Borough Council", "--store", store)
    ok("plans", "remove", "northmoor-children-and-young-peoples-plan-2010-13", "--store", store)
    found = [
        a for a in json_rows("authorities", "--format", "json", "--store", store) if "northmoor" in a["iri"]
    ]
    assert [(a["label"], [p["name"] for p in a["plans"]]) for a in found] == [
        ("Northmoor", ["northmoor-children-and-young-peoples-plan-themes-edition-2010-13"])
    ]
