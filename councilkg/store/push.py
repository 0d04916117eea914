"""Copying a store to a SPARQL server: ``councilkg push``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rdflib import Graph, URIRef

from councilkg.ontology.graphs import (
    ONTOLOGY_GRAPH,
    REFERENCE_GRAPH,
    STATIC_CONTRIBUTION,
    contribution_graph,
    is_private_graph,
)
from councilkg.store.base import PreparedPlan, Store


@dataclass(frozen=True)
class PushReport:
    """What :func:`push` copied: plan graphs, private graphs, and triples in all."""

    plans: int
    private_graphs: int
    triples: int


def push(
    source: Store,
    target: Store,
    include_private: bool = False,
    progress: Callable[[URIRef], None] | None = None,
) -> PushReport:
    """Copy an embedded store's plans (and, when asked, its private graphs) to a server's store.

    The ontology graph and the shipped reference data come first, as the source holds them (a source
    holding no ontology graph leaves the server's as it is). Each plan is then one update replacing
    the plan's graph and its share of the reference graph on the server, as a local ``load`` does;
    plans the server holds and the source does not are kept.

    Returns:
        How many plan graphs, private graphs and triples were copied.

    Raises:
        StoreError: the server refuses a write.
    """
    notify = progress or (lambda graph: None)
    ontology, _ = source.graph_ntriples(ONTOLOGY_GRAPH)
    if ontology:
        target.write_reference(ontology, source.graph_ntriples(STATIC_CONTRIBUTION)[0])
    special = {str(REFERENCE_GRAPH), str(ONTOLOGY_GRAPH)}
    plans = private = triples = 0
    for graph in source.graphs(include_private=include_private):
        notify(graph)
        text, count = source.graph_ntriples(graph)
        if is_private_graph(graph):
            copy = Graph(identifier=graph)
            copy.parse(data=text, format="nt")
            target.replace_private_graphs([copy])
            private += 1
        elif str(graph) not in special:
            shared, _ = source.graph_ntriples(contribution_graph(graph))
            target.write_plan(PreparedPlan(graph, text, shared, count))
            plans += 1
        else:
            continue
        triples += count
    return PushReport(plans, private, triples)
