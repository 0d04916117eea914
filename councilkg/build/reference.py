"""The reference data the package ships, written to a store: the ontology graph, and the Turtle of
``ontology/reference/`` with the indicator crosswalk (the shipped share of the reference graph)."""

from __future__ import annotations

from functools import cache

from rdflib import Graph
from rdflib.compare import to_canonical_graph

from councilkg.build.crosswalk import shipped_crosswalk_graph
from councilkg.ontology import ONTOLOGY_FILE, ontology_path, reference_paths
from councilkg.ontology.vocab import GENID_AUTHORITY, GENID_PATH
from councilkg.store.base import Store
from councilkg.store.rdf import ntriples


def skolemized(graph: Graph) -> Graph:
    """Return ``graph`` with each blank node replaced by a stable ``/.well-known/genid/`` IRI.

    Blank nodes (``owl:unionOf`` lists in the ontology) would get fresh labels on every load;
    canonical labelling first makes the IRIs depend only on the graph's content.
    """
    return to_canonical_graph(graph).skolemize(authority=GENID_AUTHORITY, basepath=GENID_PATH)


@cache
def static_reference_text() -> tuple[str, str]:
    """Return N-Triples of the ontology and of the shipped reference data, read once.

    The shipped reference data is the Turtle in ``ontology/reference/`` plus the indicator crosswalk.
    """
    ontology = Graph().parse(ontology_path(ONTOLOGY_FILE), format="turtle")
    reference = Graph()
    for path in reference_paths():
        reference.parse(path, format="turtle")
    reference += shipped_crosswalk_graph()
    return ntriples(skolemized(ontology)), ntriples(skolemized(reference))


def refresh_reference(store: Store) -> None:
    """Rewrite a store's ontology graph and shipped reference data as this version ships them; returns
    nothing."""
    store.write_reference(*static_reference_text())
