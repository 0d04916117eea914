"""A copy in memory of some plans of a store, with what they read of the rest: the ontology and the
shipped reference data.

A plan's figures (thread completeness, gaps, indicator summaries) depend on its own graph, on the
plans of its authority (whose posts and people it shares) and on the shipped reference data, never on
another authority's plans. Computing them from a copy of just those graphs reads a few thousand
triples a plan, where asking the whole store reads its indexes over every plan: at 5M triples the
difference is most of a build's time.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import URIRef

from councilkg.ontology.graphs import ONTOLOGY_GRAPH, STATIC_CONTRIBUTION, contribution_graph
from councilkg.store.base import Store
from councilkg.store.bulk import BulkBuild
from councilkg.store.embedded import MEMORY, EmbeddedStore


def copy_of_plans(store: Store, plans: Iterable[str]) -> EmbeddedStore:
    """Return an in-memory store holding the graphs of ``plans`` (IRIs) in ``store``, their shares of
    the reference graph, the shipped reference data and the ontology, merged as a build merges them
    (the reference graph, the default graph), without private or derived graphs and without a name
    index.

    Raises:
        StoreError: the copy cannot be loaded.
    """
    wanted = sorted({URIRef(plan) for plan in plans})
    graphs = [ONTOLOGY_GRAPH, STATIC_CONTRIBUTION, *wanted, *(contribution_graph(plan) for plan in wanted)]
    copy = BulkBuild.begin(None)
    try:
        copy.add({str(graph): store.graph_ntriples(graph)[0] for graph in graphs})
        copy.flush()
        return EmbeddedStore(copy.database, MEMORY, read_only=True)
    finally:
        copy.close()
