"""The graphs the ontology tests read: the ontology, its shapes and the bundled reference files."""

from __future__ import annotations

import pytest
from rdflib import Graph

from councilkg.ontology import ontology_path


def load_turtle(name: str) -> Graph:
    """Parse a Turtle file shipped in ``councilkg/ontology/``.

    Args:
        name: the file's path relative to the ontology package, e.g. ``"reference/ecm.ttl"``.

    Returns:
        A new graph holding the file's triples.
    """
    return Graph().parse(ontology_path(name), format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    """Return the councilkg ontology graph."""
    return load_turtle("councilkg.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    """Return the councilkg SHACL shapes graph."""
    return load_turtle("shapes.ttl")


@pytest.fixture(scope="module")
def ecm() -> Graph:
    """Return the Every Child Matters reference graph."""
    return load_turtle("reference/ecm.ttl")


@pytest.fixture(scope="module")
def authorities() -> Graph:
    """Return the bundled authorities reference graph."""
    return load_turtle("reference/authorities.ttl")
