"""Themes read back: a theme a user names, and the share of each plan's items that have a theme."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from councilkg.analysis.themes import ThemeCoverage, find_theme, theme_coverage
from councilkg.errors import LookupFailedError
from councilkg.ontology.themes import theme_iri
from councilkg.store.embedded import EmbeddedStore
from tests.build.test_themes import HEREFORDSHIRE_2009, LAMBETH_2007, LAMBETH_2020, PLAN, SOUTHWARK_2010

# (plan, kind) -> (items, themed), as observed on the bundled plans. Items left unthemed say
# nothing topical ("Meet Readiness Criteria", "Gain DCSF approval", the APA outcome grades).
COVERAGE: dict[tuple[URIRef, str], tuple[int, int]] = {
    (LAMBETH_2007, "Priority"): (62, 60),
    (LAMBETH_2007, "Action"): (62, 61),
    (LAMBETH_2007, "Indicator"): (41, 41),
    (LAMBETH_2020, "Priority"): (6, 5),
    (LAMBETH_2020, "Action"): (37, 34),
    (LAMBETH_2020, "Indicator"): (41, 41),
    (HEREFORDSHIRE_2009, "Priority"): (6, 6),
    (HEREFORDSHIRE_2009, "Action"): (121, 106),
    (HEREFORDSHIRE_2009, "Indicator"): (103, 96),
    (SOUTHWARK_2010, "Priority"): (25, 24),
    (SOUTHWARK_2010, "Action"): (61, 54),
}


def test_find_theme() -> None:
    """A theme is found by key, IRI or (alternative) label in any case; anything else lists the keys."""
    expected = theme_iri("looked-after-children")
    for name in (
        "looked-after-children",
        "LOOKED-AFTER CHILDREN",
        "children in care",
        str(expected),
        f"<{expected}>",
        "id:theme/looked-after-children",
    ):
        assert find_theme(name) == expected
    with pytest.raises(LookupFailedError, match="no theme 'fish'; use a theme key: adoption-and-fostering"):
        find_theme("fish")


@pytest.mark.parametrize("plan, kind", list(COVERAGE), ids=lambda value: str(value).rsplit("/", 1)[-1])
def test_coverage_of_bundled_plans(memory_store: EmbeddedStore, plan: URIRef, kind: str) -> None:
    """Most priorities, actions and indicators of every bundled plan have a theme (counts pinned)."""
    found = {(c.plan, c.kind): c for c in theme_coverage(memory_store)}
    coverage = found[(plan, kind)]
    assert (coverage.items, coverage.themed) == COVERAGE[(plan, kind)]
    assert coverage.share >= 0.8


def test_coverage_share() -> None:
    """The share is themed over items, 0 for a plan with none of a kind."""
    assert ThemeCoverage(PLAN, "Action", 4, 3).share == 0.75
    assert ThemeCoverage(PLAN, "Action", 0, 0).share == 0.0
