"""Checking the store against the project's SHACL shapes (``councilkg/ontology/shapes.ttl``)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox
import pyshacl
from rdflib import Graph, Literal
from rdflib.namespace import SH

from councilkg.ontology import ONTOLOGY_FILE, SHAPES_FILE, ontology_path
from councilkg.ontology.graphs import ONTOLOGY_GRAPH
from councilkg.ontology.vocab import CKG
from councilkg.store.base import Store


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node, the property path, the message and the node's source line."""

    focus: str
    path: str | None
    message: str
    severity: str
    source_line: int | None


@dataclass
class ValidationReport:
    """Whether the store conforms, and every violation found."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)


def store_data_graph(store: Store, include_private: bool = False) -> Graph:
    """Return the merged public graphs of the store (without the ontology) as one rdflib graph,
    with the private appraisal graphs too when ``include_private``."""
    ontology = ox.NamedNode(str(ONTOLOGY_GRAPH))
    triples = [quad.triple for quad in store.quads(include_private) if quad.graph_name != ontology]
    data = Graph()
    data.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"", format="nt")
    return data


def shacl_report(data: Graph) -> tuple[bool, Graph]:
    """Return whether ``data`` conforms to the shipped shapes, and pySHACL's report as a graph
    (an ``sh:ValidationReport`` with one ``sh:ValidationResult`` per violation)."""
    shapes = Graph().parse(ontology_path(SHAPES_FILE), format="turtle")
    # The ontology supplies the typed individuals (ckg:DirectoratePlan a ckg:PlanType) that
    # sh:class constraints look for.
    ontology = Graph().parse(ontology_path(ONTOLOGY_FILE), format="turtle")
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True
    )
    return bool(conforms), results


def validate_graph(data: Graph) -> ValidationReport:
    """Return the SHACL report of ``data`` against the shipped shapes."""
    conforms, results = shacl_report(data)
    violations: list[Violation] = []
    for result in results.subjects(SH.resultSeverity, None):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        severity = results.value(result, SH.resultSeverity)
        line = data.value(focus, CKG.sourceLine) if focus is not None else None
        violations.append(
            Violation(
                focus=str(focus),
                path=str(path) if path is not None else None,
                message=str(message) if message is not None else "does not conform",
                severity=str(severity).rsplit("#", 1)[-1],
                source_line=int(line) if isinstance(line, Literal) else None,
            )
        )
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return ValidationReport(bool(conforms), violations)


def validate_store(store: Store, include_private: bool = False) -> ValidationReport:
    """Return the SHACL report of everything public in ``store``, and of its appraisal graphs when asked."""
    return validate_graph(store_data_graph(store, include_private))
