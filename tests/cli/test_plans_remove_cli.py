"""``councilkg plans remove PLAN`` and ``councilkg load --replace PLAN`` (issue 20): a plan and what is
derived from it leave the store, and any error leaves the store as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from councilkg.store.embedded import EmbeddedStore
from tests.cli.test_cli import assert_one_error, invoke, json_rows, ok

GENERIC = Path(__file__).resolve().parents[1] / "data" / "generic"
NORTHMOOR = GENERIC / "northmoor-cypp-2010-13.txt"
WRONG_YEARS = "northmoor-children-and-young-peoples-plan-2010-11"
RIGHT_YEARS = "northmoor-children-and-young-peoples-plan-2010-13"
LAMBETH_2020 = "lambeth-childrens-directorate-plan-2020-21"


def quads(store: Path) -> list[str]:
    """Return every quad of the store (private graphs too), sorted: the store's whole content."""
    with EmbeddedStore.open(store, read_only=True) as opened:
        return sorted(str(quad) for quad in opened.quads(include_private=True))


def plan_names(store: Path) -> list[str]:
    return sorted(row["plan"].rsplit("/", 2)[-2] + "-" + row["plan"].rsplit("/", 1)[-1]
                  for row in json_rows("plans", "--format", "json", "--store", store))  # fmt: skip


@pytest.fixture
def store(built_store_path: Path, tmp_path: Path) -> Path:
    """Return a copy of the bundled store with Northmoor's plan loaded under the wrong years."""
    copy = tmp_path / "store"
    shutil.copytree(built_store_path, copy)
    ok("load", NORTHMOOR, "--council", "Northmoor", "--years", "2010-2011", "--store", copy)
    return copy


def test_remove_drops_the_plan_and_its_authority_share(store: Path) -> None:
    """The plan, and the authority only it introduced, leave; the other plans and their facts stay."""
    result = ok("plans", "remove", WRONG_YEARS, "--store", store)
    assert (
        result.stdout == f"removed {WRONG_YEARS} (Northmoor — Children and Young People's Plan 2010-2013)\n"
    )
    assert WRONG_YEARS not in plan_names(store)
    assert len(plan_names(store)) == 4
    assert "Northmoor" not in {
        a["label"] for a in json_rows("authorities", "--format", "json", "--store", store)
    }
    assert not [q for q in quads(store) if "northmoor" in q]
    owners = json_rows("who-owns", "CSKA12", "--format", "json", "--store", store)[0]["owners"]
    assert {o["label"] for o in owners} == {"Abi Onaboye", "Alex Kubeyinje", "Cllr Dyer"}


def test_remove_a_bundled_plan_keeps_what_other_plans_state(store: Path) -> None:
    """Removing Lambeth 2020 keeps Lambeth itself and its 2007 plan, whose people stay owners."""
    ok("plans", "remove", LAMBETH_2020, "--store", store)
    lambeth = next(
        a for a in json_rows("authorities", "--format", "json", "--store", store) if a["label"] == "Lambeth"
    )
    assert [p["name"] for p in lambeth["plans"]] == ["lambeth-cyps-service-plan-2007-10"]
    assert_one_error(
        invoke("who-owns", "CSKA12", "--store", store), "no item with reference or words 'CSKA12'"
    )
    ok("owner", "Yashi Shah", "--store", store)


def test_remove_removes_the_extracted_text(tmp_path: Path) -> None:
    """Text extracted from an HTML plan is saved beside the store; removing the plan deletes it."""
    html = tmp_path / "northmoor.html"
    lines = NORTHMOOR.read_text(encoding="utf-8").splitlines()
    html.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>", "utf-8")
    store = tmp_path / "store"
    result = ok("load", html, "--store", store)
    saved = [line for line in result.stderr.splitlines() if "source lines count the lines of" in line]
    text = Path(saved[0].rsplit(" of ", 1)[1])
    assert text.is_file()
    ok("plans", "remove", plan_names(store)[0], "--store", store)
    assert not text.exists() and not text.parent.exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (["plans", "remove", "nowhere"], "no plan 'nowhere' in the store; loaded plans:"),
        (["plans", "remove", "lambeth"], "'lambeth' matches 2 plans"),
        (["load", NORTHMOOR, "--replace", "nowhere"], "no plan 'nowhere' in the store"),
        (["load", GENERIC / "missing.txt", "--replace", WRONG_YEARS], "no such file or bundled plan"),
        (["load", NORTHMOOR, NORTHMOOR, "--replace", WRONG_YEARS], "--replace puts one plan in place of"),
        (["load", NORTHMOOR, "--council", "Lambeth Council", "--gss", "E06000098", "--replace", WRONG_YEARS],
         "whose GSS code is E09000022, not E06000098"),
    ],
)  # fmt: skip
def test_an_error_leaves_the_store_unchanged(store: Path, args: list[str | Path], message: str) -> None:
    before = quads(store)
    assert_one_error(invoke(*args, "--store", store), message)
    assert quads(store) == before


def test_load_replace_puts_a_corrected_plan_in_place_of_the_old(store: Path) -> None:
    """The plan loaded under the wrong years is replaced by one with the right years (another IRI)."""
    result = ok(
        "load",
        NORTHMOOR,
        "--council",
        "Northmoor",
        "--years",
        "2010-2013",
        "--replace",
        WRONG_YEARS,
        "--store",
        store,
    )
    assert f"note: {NORTHMOOR.name}: replaced {WRONG_YEARS} (Northmoor — " in result.stderr
    names = plan_names(store)
    assert RIGHT_YEARS in names and WRONG_YEARS not in names and len(names) == 5
    assert not [q for q in quads(store) if WRONG_YEARS.removeprefix("northmoor-") in q]


def test_load_replace_under_the_same_name_is_a_reload(store: Path) -> None:
    ok(
        "load",
        NORTHMOOR,
        "--council",
        "Northmoor",
        "--years",
        "2010-2011",
        "--replace",
        WRONG_YEARS,
        "--store",
        store,
    )
    assert WRONG_YEARS in plan_names(store) and len(plan_names(store)) == 5
