"""``councilkg owner``, ``who-owns`` and ``owners`` on the four bundled plans."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_cli import assert_one_error, invoke, ok

LAMBETH_2020 = "https://w3id.org/councilkg/id/plan/lambeth/childrens-directorate-plan-2020-21"
HEREFORDSHIRE = "https://w3id.org/councilkg/id/plan/herefordshire/cyp-directorate-plan-2009-11"


def owner_json(store: Path, *args: str) -> dict[str, Any]:
    """Return ``councilkg owner ARGS --format json`` parsed."""
    return json.loads(ok("owner", *args, "--format", "json", "--store", store).stdout)


def refs_by_type(report: dict[str, Any], plan: str) -> dict[str, set[str]]:
    """Return the refs of one plan's items in an owner report, keyed by item type."""
    found: dict[str, set[str]] = {}
    for group in report["plans"]:
        if group["plan"] == plan:
            for item in group["items"]:
                found.setdefault(item["type"], set()).add(item["ref"] or item["label"])
    return found


def test_owner_json_lists_kubeyinje_activities_indicators_and_risks(built_store_path: Path) -> None:
    """The issue's example: Alex Kubeyinje's key activities, indicators and risks, with roles."""
    report = owner_json(built_store_path, "Alex Kubeyinje")
    assert report["owner"]["label"] == "Alex Kubeyinje"
    assert report["owner"]["kind"] == "person"
    assert report["owner"]["posts"] == ["Director, Children's Social Care"]
    found = refs_by_type(report, LAMBETH_2020)
    assert {"CSKA07", "CSKA10", "CSKA11", "CSKA12"} <= found["Action"]
    assert {"RI.49", "LC.06"} <= found["Indicator"]
    assert {"CSSR0001", "CSSR0015"} <= found["Risk"]
    items = [i for g in report["plans"] for i in g["items"]]
    cska12 = next(i for i in items if i["ref"] == "CSKA12")
    assert cska12["roles"] == ["responsible"] and cska12["via"] is None and cska12["line"] == 120
    risk = next(i for i in items if i["ref"] == "CSSR0001")
    assert risk["roles"] == ["riskOwner"]


def test_owner_through_a_post_names_the_post(built_store_path: Path) -> None:
    """An item owned by a post the person holds is listed with the post under "via"."""
    report = owner_json(built_store_path, "kubeyinje")
    via = {i["ref"]: i["via"] for g in report["plans"] for i in g["items"]}
    assert via["CSKA09"] == "Director, Children's Social Care"


def test_owner_post_title_resolves_to_herefordshire_items(built_store_path: Path) -> None:
    """The issue's example: the post Head of Community Operations, held by Kathy O'Mahony."""
    report = owner_json(built_store_path, "head of community operations")
    assert report["owner"]["kind"] == "post"
    assert report["owner"]["holders"] == ["Kathy O'Mahony"]
    assert [g["plan"] for g in report["plans"]] == [HEREFORDSHIRE]
    items = report["plans"][0]["items"]
    assert len(items) >= 10
    assert all(set(i["roles"]) <= {"accountable", "leadManager", "riskOwner"} for i in items)
    assert {"CYP5"} == {i["ref"] for i in items if i["roles"] == ["riskOwner"]}


def test_owner_table_and_csv(built_store_path: Path) -> None:
    """The table names the owner and groups by plan (council and title); CSV has a row per item."""
    table = ok("owner", "Alex Kubeyinje", "--store", built_store_path).stdout
    assert table.startswith("Alex Kubeyinje (person, Lambeth) — holds Director, Children's Social Care")
    assert "Lambeth — Children's Directorate Plan 2020/21" in table and "CSKA12" in table
    rows = list(
        csv.DictReader(
            io.StringIO(ok("owner", "Alex Kubeyinje", "--format", "csv", "--store", built_store_path).stdout)
        )
    )
    assert {r["plan"] for r in rows} == {"Lambeth — Children's Directorate Plan 2020/21"}
    assert any(r["ref"] == "CSKA12" and r["roles"] == "responsible" for r in rows)


def test_owner_plan_option_filters(built_store_path: Path) -> None:
    """``--plan`` keeps one plan's items; a person owning nothing there owns nothing."""
    report = owner_json(
        built_store_path, "Yashi Shah", "--plan", "lambeth-childrens-directorate-plan-2020-21"
    )
    assert report["plans"] == []
    report = owner_json(built_store_path, "Yashi Shah", "--plan", "lambeth-cyps-service-plan-2007-10")
    assert len(report["plans"]) == 1 and len(report["plans"][0]["items"]) == 21


@pytest.mark.parametrize(
    "args, fragment",
    [
        (
            ["kathy"],
            "'kathy' matches 2 owners: Kathy O'Mahony (person, Herefordshire) → id:person\\/kathy-omahony;",
        ),
        (["Kubeyinji"], "did you mean 'Alex Kubeyinje'?"),
        (["Nobody Atall"], "no person or post named 'Nobody Atall'"),
        (["Alex Kubeyinje", "--authority", "Herefordshire"], "no person or post named 'Alex Kubeyinje' in"),
        (
            ["Alex Kubeyinje", "--authority", "Narnia"],
            "no authority 'Narnia' in the store; known: Herefordshire",
        ),
        (["Alex Kubeyinje", "--plan", "lambeth"], "'lambeth' matches 2 plans"),
        (["Alex Kubeyinje", "--plan", "nowhere"], "no plan 'nowhere' in the store; loaded plans:"),
    ],
)
def test_owner_errors(built_store_path: Path, args: list[str], fragment: str) -> None:
    """Ambiguous, unknown and misspelt names are one ``Error:`` line: candidates or suggestions."""
    assert_one_error(invoke("owner", *args, "--store", built_store_path), fragment)


def test_owner_name_is_never_query_text(built_store_path: Path) -> None:
    """A name full of SPARQL syntax is only ever a name."""
    assert_one_error(
        invoke("owner", '" } ; DROP ALL ; SELECT * { "', "--store", built_store_path),
        "no person or post named",
    )


def test_who_owns_by_ref(built_store_path: Path) -> None:
    """CSKA12's owners with their roles; case and spaces in the reference are ignored."""
    data = json.loads(ok("who-owns", "cska 12", "--format", "json", "--store", built_store_path).stdout)
    assert len(data) == 1 and data[0]["item"]["ref"] == "CSKA12"
    roles = {o["label"]: o["roles"] for o in data[0]["owners"]}
    assert roles == {
        "Abi Onaboye": ["responsible"],
        "Alex Kubeyinje": ["responsible"],
        "Cllr Dyer": ["leadMember"],
    }


def test_who_owns_by_words_and_post_holders(built_store_path: Path) -> None:
    """Words of a label find items; a post owner comes with its holder."""
    data = json.loads(
        ok("who-owns", "teenage pregnancy", "--format", "json", "--store", built_store_path).stdout
    )
    owners = {(d["item"]["type"], o["label"], tuple(o["held_by"])) for d in data for o in d["owners"]}
    assert ("Action", "Divisional Director, Community Learning", ("John Readman",)) in owners
    assert any(d["item"]["type"] == "Priority" and d["owners"] == [] for d in data)


def test_who_owns_national_code_and_missing_owner(built_store_path: Path) -> None:
    """NI 59 is found by its code; the table says when a plan names no owner."""
    out = ok("who-owns", "NI 59", "--store", built_store_path).stdout
    assert "NI 59" in out and "(no owner stated)" in out


def test_who_owns_unknown(built_store_path: Path) -> None:
    """Nothing found is an error naming what was asked."""
    assert_one_error(invoke("who-owns", "XQ99 zebra", "--store", built_store_path), "no item with reference")


@pytest.mark.parametrize("command", ["who-owns", "owner", "thread"])
def test_a_malformed_iri_is_an_error_not_a_traceback(built_store_path: Path, command: str) -> None:
    """An IRI with a space in it is one error line naming it."""
    assert_one_error(
        invoke(command, "<not an iri>", "--store", built_store_path), "'<not an iri>' is not a valid IRI"
    )


def test_owners_sorted_by_load(built_store_path: Path) -> None:
    """Each owner's counts by type add up to its total, heaviest first."""
    rows = json.loads(ok("owners", "--format", "json", "--store", built_store_path).stdout)
    totals = [r["total"] for r in rows]
    assert totals == sorted(totals, reverse=True)
    types = [k for k in rows[0] if k not in {"owner", "kind", "total", "plans", "iri"}]
    for row in rows:
        assert sum(row[t] for t in types) == row["total"]
    alex = next(r for r in rows if r["owner"] == "Alex Kubeyinje")
    assert alex["Risk"] == 3 and alex["Action"] >= 7


def test_owners_for_one_plan(built_store_path: Path) -> None:
    """``--plan`` counts one plan: Herefordshire's owners are its posts."""
    rows = json.loads(
        ok(
            "owners",
            "--plan",
            "herefordshire-cyp-directorate-plan-2009-11",
            "--format",
            "json",
            "--store",
            built_store_path,
        ).stdout
    )
    assert rows[0]["owner"] == "Head of Improvement and Inclusion"
    assert all(r["plans"] == 1 for r in rows)
    assert "Alex Kubeyinje" not in {r["owner"] for r in rows}


def test_owner_at_a_day_answers_from_dated_memberships(built_store_path: Path) -> None:
    """``owner --at 2008-06-01``: Yashi Shah's post that day (Lambeth 2007-10 runs April 2007 to March
    2010) and its items; a day no plan covers, nothing."""
    report = owner_json(built_store_path, "Yashi Shah", "--at", "2008-06-01")
    assert report["at"] == "2008-06-01"
    assert report["owner"]["posts"] == ["Divisional Director, Social Care"]
    assert report["owner"]["tenures"] == [
        {
            "person": "Yashi Shah",
            "post": "Divisional Director, Social Care",
            "plan": "https://w3id.org/councilkg/id/plan/lambeth/cyps-service-plan-2007-10",
            "begins": "2007-04-01",
            "ends": "2010-03-31",
        }
    ]
    assert len(report["plans"]) == 1 and len(report["plans"][0]["items"]) > 10
    text = ok("owner", "Yashi Shah", "--at", "2015-06-01", "--store", built_store_path).stdout
    assert "Owns nothing stated on 2015-06-01." in text


def test_owner_at_follows_a_person_between_posts(pair_store_path: Path) -> None:
    """In the synthetic pair Ruth Patel heads Early Help in 2007-09 and Learning in 2009-11."""
    before = ok("owner", "Ruth Patel", "--at", "2008-06-01", "--store", pair_store_path).stdout
    after = ok("owner", "Ruth Patel", "--at", "2010-06-01", "--store", pair_store_path).stdout
    assert before.splitlines()[0] == (
        "Ruth Patel (person, Ashbridge) — on 2008-06-01 holds Head of Early Help and Prevention"
    )
    assert after.splitlines()[0] == (
        "Ruth Patel (person, Ashbridge) — on 2010-06-01 holds Head of Learning and Achievement"
    )
    assert "2007-2009" in before and "2009-2011" not in before
    held = ok(
        "who-owns",
        "Recruit foster carers",
        "--at",
        "2010-06-01",
        "--format",
        "json",
        "--store",
        pair_store_path,
    )
    holders = {o["label"]: o["held_by"] for item in json.loads(held.stdout) for o in item["owners"]}
    assert holders["Head of Early Help and Prevention"] == ["Anita Shah"]
    assert holders["Head of Safeguarding and Vulnerable Children"] == ["Mark Dixon"]


def test_owner_at_a_bad_date_names_the_option_and_the_format(built_store_path: Path) -> None:
    """A day that is no date is refused with click's usage message naming --at, and no traceback."""
    result = invoke("owner", "Yashi Shah", "--at", "2008-13-01", "--store", built_store_path)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "Invalid value for '--at': '2008-13-01' does not match the format '%Y-%m-%d'" in result.stderr
