"""The query page's examples: every named query, runnable as plain SPARQL, giving the rows the
query gives with its example values bound as ``councilkg query --param`` binds them."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from councilkg.ontology.vocab import PREFIXES
from councilkg.queries import named_queries
from councilkg.server.examples import COMMANDS, RESEARCHERS, examples, runnable_text
from councilkg.store.base import QueryResult
from councilkg.store.embedded import EmbeddedStore


def _answer(result: QueryResult) -> object:
    if result.kind == "ask":
        return result.boolean
    if result.kind == "construct":
        return sorted(map(str, result.triples))
    return result.variables, sorted(tuple(map(str, row)) for row in result.rows)


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_an_example_gives_the_rows_of_its_named_query_with_the_example_values_bound(
    memory_store: EmbeddedStore, name: str
) -> None:
    query = named_queries()[name]
    text = runnable_text(query)
    ox.Store().query(text)  # parses with no prefix known in advance, as any endpoint would read it
    expected = memory_store.query(query.text, query.example_bindings())
    assert _answer(memory_store.query(text)) == _answer(expected)


def test_an_example_with_values_binds_them_in_its_where_block() -> None:
    text = runnable_text(named_queries()["plan-items"])
    assert text.startswith("# title: A plan's priorities, actions and indicators")
    assert f"PREFIX ckg: <{PREFIXES['ckg']}>" in text and "PREFIX rdfs:" in text and "PREFIX owl:" not in text
    plan = "<https://w3id.org/councilkg/id/plan/lambeth/childrens-directorate-plan-2020-21>"
    assert f"WHERE {{\n  VALUES (?plan) {{ ({plan}) }}\n" in text


def test_the_examples_are_every_named_query_the_researchers_library_first() -> None:
    shown = examples()
    assert sorted(e["name"] for e in shown) == sorted(named_queries())
    groups = [e["group"] for e in shown]
    assert groups == sorted(groups, key=[RESEARCHERS, COMMANDS].index)
    assert set(groups) == {RESEARCHERS, COMMANDS}
