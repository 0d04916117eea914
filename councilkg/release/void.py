"""VoID statistics of a set of named graphs, and the VoID description a release writes of them.

The statistics are counted from the very triples a release writes, so the description cannot
disagree with the files: ``void:triples`` of the whole is the number of distinct triples in the
merge of the graphs (the Turtle file), and each graph's ``void:subset`` has the triples of that
graph (its lines of the N-Quads file).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, VOID, XSD

from councilkg.ontology.vocab import FORMATS, ID_IRI, RELEASE_PREFIXES, SD

_RDF_TYPE = ox.NamedNode(str(RDF.type))


@dataclass(frozen=True)
class Counts:
    """VoID's whole-dataset counts: triples, distinct subjects, distinct objects, properties, classes."""

    triples: int
    distinct_subjects: int
    distinct_objects: int
    properties: int
    classes: int


@dataclass(frozen=True)
class DatasetStatistics:
    """VoID's counts of a merge of graphs: triples, distinct subjects and objects, triples per
    property, entities per class, and the triples of each named graph (IRI, count), in graph order."""

    triples: int
    distinct_subjects: int
    distinct_objects: int
    properties: Mapping[str, int]
    classes: Mapping[str, int]
    graphs: tuple[tuple[str, int], ...]

    @property
    def counts(self) -> Counts:
        """Return the whole-dataset counts."""
        return Counts(
            self.triples,
            self.distinct_subjects,
            self.distinct_objects,
            len(self.properties),
            len(self.classes),
        )


def dataset_statistics(graphs: Iterable[tuple[str, Sequence[ox.Triple]]]) -> DatasetStatistics:
    """Return the VoID statistics of named graphs given as ``(graph IRI, its triples)`` pairs.

    Example:
        >>> triple = ox.Triple(ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p"), ox.Literal("o"))
        >>> stats = dataset_statistics([("http://x/g1", [triple]), ("http://x/g2", [triple])])
        >>> stats.triples, stats.graphs
        (1, (('http://x/g1', 1), ('http://x/g2', 1)))
    """
    merged: set[ox.Triple] = set()
    counts: list[tuple[str, int]] = []
    for name, triples in graphs:
        counts.append((name, len(triples)))
        merged.update(triples)
    properties = Counter(triple.predicate.value for triple in merged)
    members: dict[str, set[str]] = {}
    for triple in merged:
        if triple.predicate == _RDF_TYPE and isinstance(triple.object, ox.NamedNode):
            members.setdefault(triple.object.value, set()).add(str(triple.subject))
    return DatasetStatistics(
        triples=len(merged),
        distinct_subjects=len({triple.subject for triple in merged}),
        distinct_objects=len({triple.object for triple in merged}),
        properties=dict(sorted(properties.items())),
        classes={name: len(members[name]) for name in sorted(members)},
        graphs=tuple(counts),
    )


def count(value: int) -> Literal:
    """Return a VoID count: an ``xsd:integer`` literal."""
    return Literal(value, datatype=XSD.integer)


def vocabularies(stats: DatasetStatistics) -> list[str]:
    """Return the namespaces of the properties and classes used, sorted: the known prefixes' IRIs,
    else each IRI up to its last ``#`` or ``/``. Instance IRIs (``id:``) are data, not a vocabulary."""
    known = sorted(RELEASE_PREFIXES.values(), key=len, reverse=True)
    found: set[str] = set()
    for term in [*stats.properties, *stats.classes]:
        namespace = next((iri for iri in known if term.startswith(iri)), None)
        if namespace is None:
            cut = max(term.rfind("#"), term.rfind("/"))
            namespace = term[: cut + 1]
        if not namespace.startswith(ID_IRI):
            found.add(namespace)
    return sorted(found)


@dataclass(frozen=True)
class GraphDump:
    """A named graph's file in a release: the graph's IRI and the file's IRI."""

    graph: str
    file: URIRef


def void_graph(
    stats: DatasetStatistics,
    document: URIRef,
    dataset: URIRef,
    *,
    title: str,
    dumps: Sequence[URIRef],
    graph_dumps: Sequence[GraphDump],
    formats: Sequence[URIRef],
    endpoint_url: str | None = None,
    issued: str | None = None,
) -> Graph:
    """Return the VoID description of a release: ``document`` (a void:DatasetDescription) whose
    primary topic is ``dataset``, with its statistics, partitions, one subset per named graph,
    its dumps and, when given, its SPARQL endpoint.

    Args:
        stats: the counts (:func:`dataset_statistics`).
        document: the IRI of the VoID file itself.
        dataset: the IRI of the dataset described.
        title: the dataset's title.
        dumps: the files holding the whole dataset (void:dataDump).
        graph_dumps: each named graph's own file.
        formats: the W3C format IRIs of the dumps (void:feature).
        endpoint_url: a SPARQL endpoint serving the data (void:sparqlEndpoint); none by default.
        issued: the release date (``YYYY-MM-DD``).
    """
    graph = Graph()
    graph.add((document, RDF.type, VOID.DatasetDescription))
    graph.add((document, DCTERMS.title, Literal(f"VoID description of {title}")))
    graph.add((document, FOAF.primaryTopic, dataset))
    graph.add((dataset, RDF.type, VOID.Dataset))
    graph.add((dataset, DCTERMS.title, Literal(title)))
    if issued:
        graph.add((dataset, DCTERMS.issued, Literal(issued, datatype=XSD.date)))
    graph.add((dataset, VOID.uriSpace, Literal(ID_IRI)))
    describe_counts(graph, dataset, stats.counts)
    for namespace in vocabularies(stats):
        graph.add((dataset, VOID.vocabulary, URIRef(namespace)))
    for dump in dumps:
        graph.add((dataset, VOID.dataDump, dump))
    for feature in formats:
        graph.add((dataset, VOID.feature, feature))
    if endpoint_url:
        graph.add((dataset, VOID.sparqlEndpoint, URIRef(endpoint_url)))
    width = len(str(max(len(stats.classes), len(stats.properties), len(stats.graphs), 1)))
    for number, (cls, entities) in enumerate(stats.classes.items(), 1):
        partition = URIRef(f"{dataset}/class/{number:0{width}}")
        graph.add((dataset, VOID.classPartition, partition))
        graph.add((partition, VOID["class"], URIRef(cls)))
        graph.add((partition, VOID.entities, count(entities)))
    for number, (prop, triples) in enumerate(stats.properties.items(), 1):
        partition = URIRef(f"{dataset}/property/{number:0{width}}")
        graph.add((dataset, VOID.propertyPartition, partition))
        graph.add((partition, VOID.property, URIRef(prop)))
        graph.add((partition, VOID.triples, count(triples)))
    files = {dump.graph: dump.file for dump in graph_dumps}
    for number, (name, triples) in enumerate(stats.graphs, 1):
        subset = URIRef(f"{dataset}/graph/{number:0{width}}")
        graph.add((dataset, VOID.subset, subset))
        graph.add((subset, RDF.type, VOID.Dataset))
        graph.add((subset, RDF.type, SD.NamedGraph))
        graph.add((subset, SD.name, URIRef(name)))
        graph.add((subset, VOID.triples, count(triples)))
        if name in files:
            graph.add((subset, VOID.dataDump, files[name]))
            graph.add((subset, VOID.feature, FORMATS.Turtle))
    return graph


def describe_counts(graph: Graph, node: URIRef | BNode, counts: Counts) -> None:
    """Add VoID's whole-dataset ``counts`` to ``node`` in ``graph``; returns nothing."""
    graph.add((node, VOID.triples, count(counts.triples)))
    graph.add((node, VOID.distinctSubjects, count(counts.distinct_subjects)))
    graph.add((node, VOID.distinctObjects, count(counts.distinct_objects)))
    graph.add((node, VOID.properties, count(counts.properties)))
    graph.add((node, VOID.classes, count(counts.classes)))
