"""The public face: the functions ``councilkg`` re-exports run the steps the CLI runs."""

from __future__ import annotations

import pytest

import councilkg
from councilkg.errors import LookupFailedError, QueryError
from councilkg.store.base import Store

LAMBETH_2020 = "lambeth-childrens-directorate-plan-2020-21"
SELECT_REF = "SELECT ?a ?ref WHERE { ?a ckg:ref ?ref }"


def test_the_package_exports_what_api_lists() -> None:
    """Every name in ``councilkg.__all__`` is the api's, and the api lists nothing more."""
    from councilkg import api

    assert set(councilkg.__all__) == set(api.__all__)
    assert all(getattr(councilkg, name) is getattr(api, name) for name in councilkg.__all__)


def test_load_query_and_remove_a_plan() -> None:
    """A plan loaded is queried with bound parameters, then removed with its graph."""
    with councilkg.open_store(":memory:") as store:
        (built,) = councilkg.load_plans(store, [LAMBETH_2020])
        assert built.triples > 0
        answer = councilkg.query(store, SELECT_REF, ["ref=CSKA12"])
        assert len(answer.rows) == 1
        assert councilkg.query(store, SELECT_REF, {"ref": "CSKA12"}).rows == answer.rows
        removed = councilkg.remove_plan(store, LAMBETH_2020)
        assert removed.name == LAMBETH_2020
        assert not councilkg.query(store, SELECT_REF, {"ref": "CSKA12"}).rows
        with pytest.raises(LookupFailedError):
            councilkg.remove_plan(store, LAMBETH_2020)


def test_a_query_is_checked_before_any_store() -> None:
    """A parameter that names no variable of the query is refused by prepare_query, which needs no store."""
    with pytest.raises(QueryError, match="no variable"):
        councilkg.prepare_query(SELECT_REF, {"owner": "id:person/alex-kubeyinje"})


def test_thread_gaps_and_compare(memory_store: Store) -> None:
    """A thread runs up from an action by default; gaps and comparisons cover the loaded plans."""
    thread = councilkg.thread(memory_store, "CSKA12")
    assert thread.direction == "up"
    assert thread.item.iri in thread.graph
    assert councilkg.thread(memory_store, "CSKA12", up=False).direction == "down"
    found = councilkg.gaps(memory_store, plan=LAMBETH_2020)
    assert [score.plan for score in found.plans] == [thread.item.plan]
    assert sum(sum(kinds.values()) for kinds in found.counts().values()) == len(found.gaps)
    comparison = councilkg.compare(memory_store, by="theme")
    assert len(comparison.plans) == 4
