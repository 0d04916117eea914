"""Every shipped query returns rows on the bundled plans, and docs/queries.md shows what they return."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from councilkg.analysis.gaps import completeness
from councilkg.analysis.threads import load_thread_graph
from councilkg.api import example_store
from councilkg.cli.catalogue import catalogue_markdown, run_example
from councilkg.queries import named_queries
from councilkg.store.base import Store

DOCS = Path(__file__).resolve().parents[2] / "docs" / "queries.md"


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    """Yield the catalogue's store: the bundled plans and the example appraisals."""
    with example_store() as built:
        yield built


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_query_returns_rows(store: Store, name: str) -> None:
    """Each query, with its ``# example:`` values, answers something on the bundled plans."""
    columns, rows = run_example(store, named_queries()[name])
    assert columns
    assert rows, f"{name} returned no rows"


def test_docs_queries_md_is_current(store: Store) -> None:
    """docs/queries.md is what ``make docs`` writes today; regenerate it with ``make docs``."""
    assert DOCS.read_text(encoding="utf-8") == catalogue_markdown(store), "run `make docs`"


def test_thread_completeness_query_agrees_with_the_thread_graph(store: Store) -> None:
    """The SPARQL score of thread completeness equals the networkx one behind ``councilkg gaps``."""
    _, rows = run_example(store, named_queries()["thread-completeness"])
    by_sparql = {(row[1], int(row[2]), int(row[3])) for row in rows}
    by_graph = {(c.plan_title, c.actions, c.complete) for c in completeness(load_thread_graph(store))}
    assert by_sparql == by_graph


def test_target_ambition_is_target_minus_latest_earlier_outturn(store: Store) -> None:
    """Herefordshire's repeat referrals: 21.6% in 2007/08, target 18% for 2009/10, ambition -3.6."""
    _, rows = run_example(store, named_queries()["target-ambition"])
    row = next(r for r in rows if r[2] == "CH142" and r[6] == "2009/10")
    assert (row[4], row[5], row[7], row[8]) == ("2007/08", "21.6", "18", "-3.6")


def test_priorities_by_outcome_puts_both_authorities_under_ecm(store: Store) -> None:
    """Lambeth 2007 and Herefordshire priorities sit under the Every Child Matters outcomes."""
    _, rows = run_example(store, named_queries()["priorities-by-outcome"])
    authorities = {(row[1], row[2]) for row in rows}
    assert ("Stay safe", "Lambeth") in authorities and ("Stay safe", "Herefordshire") in authorities


def test_shared_indicators_meet_through_the_crosswalk(store: Store) -> None:
    """Lambeth 2007's PAF C68 and Herefordshire's NI 66 are shared, exactly (a successor indicator)."""
    _, rows = run_example(store, named_queries()["shared-indicators"])
    pairs = {(row[3], row[5], row[7]) for row in rows}
    assert ("PAF C68", "exactMatch", "NI 66") in pairs
    assert ("RI.56", "exactMatch", "NI 65") in pairs
    assert not [row for row in rows if row[0] == row[1]]
