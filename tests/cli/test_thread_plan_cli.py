"""``--plan`` is honoured for outcomes too (issue 20): the item is looked for in the plan, then among
outcomes, and the thread stays in the plan."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from councilkg import api
from councilkg.store.embedded import EmbeddedStore
from tests.cli.test_cli import assert_one_error, invoke, json_rows, ok

HEREFORDSHIRE = "herefordshire-cyp-directorate-plan-2009-11"
HEREFORDSHIRE_IRI = "https://w3id.org/councilkg/id/plan/herefordshire/cyp-directorate-plan-2009-11"
LAMBETH_2007_IRI = "https://w3id.org/councilkg/id/plan/lambeth/cyps-service-plan-2007-10"


def plans_in_tree(store: Path, *args: str) -> set[Any]:
    """Return the plans of every node of ``councilkg thread ARGS --format json``."""
    root = json.loads(ok("thread", *args, "--format", "json", "--store", store).stdout)

    def walk(node: dict[str, Any]) -> list[dict[str, Any]]:
        return [node, *(n for child in node["children"] for n in walk(child))]

    return {node["plan"] for node in walk(root)}


def test_an_outcome_thread_stays_in_the_plan_given(built_store_path: Path) -> None:
    """Stay safe (SS) is served by Herefordshire's and Lambeth 2007's plans; --plan keeps one."""
    assert plans_in_tree(built_store_path, "SS") == {HEREFORDSHIRE_IRI, LAMBETH_2007_IRI, None}
    assert plans_in_tree(built_store_path, "SS", "--plan", HEREFORDSHIRE) == {HEREFORDSHIRE_IRI, None}
    by_id = plans_in_tree(
        built_store_path, "id:framework/ecm/stay-safe", "--plan", "lambeth-cyps-service-plan-2007-10"
    )
    assert by_id == {LAMBETH_2007_IRI, None}


def test_an_outcome_no_item_of_the_plan_serves_says_so(built_store_path: Path) -> None:
    result = invoke("thread", "SS", "--plan", "southwark-cypp-2010-13", "--store", built_store_path)
    assert_one_error(
        result, "Stay safe (Outcome) is on no golden thread of southwark-cypp-2010-13 (Southwark — "
    )


def test_the_plans_own_item_wins_over_an_outcome(built_store_path: Path) -> None:
    """ "Stay safe" in Herefordshire's plan is its indicator, not the outcome of the same name."""
    root = json.loads(
        ok(
            "thread", "Stay safe", "--plan", HEREFORDSHIRE, "--format", "json", "--store", built_store_path
        ).stdout
    )
    assert (root["kind"], root["plan"], root["line"]) == ("indicator", HEREFORDSHIRE_IRI, 651)


def test_who_owns_finds_an_outcome_with_a_plan_given(built_store_path: Path) -> None:
    found = json_rows(
        "who-owns", "SS", "--plan", HEREFORDSHIRE, "--format", "json", "--store", built_store_path
    )
    assert [item["item"]["iri"] for item in found] == [
        "https://w3id.org/councilkg/id/framework/ecm/stay-safe"
    ]


@pytest.mark.parametrize("up", [True, False])
def test_api_thread_graph_holds_only_the_plans_items(memory_store: EmbeddedStore, up: bool) -> None:
    """The library's thread (which `view thread` draws) keeps to the plan as the tree does."""
    found = api.thread(memory_store, "SS", up=up, plan=HEREFORDSHIRE)
    plans = {data["plan"] for _node, data in found.graph.nodes(data=True) if data["kind"] != "person"}
    assert plans <= {HEREFORDSHIRE_IRI, None}
