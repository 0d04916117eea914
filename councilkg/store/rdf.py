"""Conversions both stores share: rdflib terms to pyoxigraph terms, and triples to N-Triples text."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from councilkg.errors import StoreError


def to_ox(term: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """Return the pyoxigraph term equal to an rdflib term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def ntriples(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    """Return triples as N-Triples lines (valid inside SPARQL ``INSERT DATA``)."""
    return "\n".join(f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o in triples)


def ox_triples(triples: Iterable[tuple[Node, Node, Node]]) -> list[ox.Triple]:
    """Return rdflib triples as pyoxigraph triples, sorted (a stable order to serialise them in).

    Raises:
        StoreError: a triple has a literal subject or a predicate that is not an IRI.
    """
    converted = []
    for subject, predicate, value in triples:
        node, prop = to_ox(subject), to_ox(predicate)
        if isinstance(node, ox.Literal) or not isinstance(prop, ox.NamedNode):
            raise StoreError(f"not an RDF triple: {subject} {predicate} {value}")
        converted.append(ox.Triple(node, prop, to_ox(value)))
    return sorted(converted, key=str)
