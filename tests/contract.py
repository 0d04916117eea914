"""Asking contract questions of an export, as a check outside the project would.

An export is loaded into a fresh pyoxigraph store and queried with only the terms of the
published vocabulary (``shared/design/ONTOLOGY.md``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pyoxigraph as ox

from councilkg.analysis.validate import ValidationReport, validate_store
from councilkg.build.reference import refresh_reference
from councilkg.build.triples import extraction_to_graph
from councilkg.documents.document import Document
from councilkg.loaders.model import Extraction
from councilkg.store.embedded import EmbeddedStore

PREFIXES = """
PREFIX ckg: <https://w3id.org/councilkg#>
PREFIX id: <https://w3id.org/councilkg/id/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def outside_store(nquads: bytes | str) -> ox.Store:
    """Return a fresh in-memory pyoxigraph store holding an N-Quads export."""
    store = ox.Store()
    store.load(nquads, format=ox.RdfFormat.N_QUADS)
    return store


def export_of(extraction: Extraction, document: Document) -> ox.Store:
    """Return a fresh store holding the N-Quads export of a store into which one extraction was loaded."""
    with _store_of(extraction, document) as store:
        return outside_store(store.export("nquads"))


def validation_of(extraction: Extraction, document: Document) -> ValidationReport:
    """Return the SHACL report of a store holding the reference graph and one extraction."""
    with _store_of(extraction, document) as store:
        return validate_store(store)


@contextmanager
def _store_of(extraction: Extraction, document: Document) -> Iterator[EmbeddedStore]:
    """Yield an in-memory store holding the reference graph and one extraction's plan."""
    with EmbeddedStore.open(":memory:") as store:
        refresh_reference(store)
        triples = extraction_to_graph(extraction, document)
        store.replace_plan(triples.plan, triples.shared)
        yield store


def select(store: ox.Store, query: str) -> list[dict[str, str]]:
    """Return the rows of a SELECT over the union of the named graphs, as dicts of plain values."""
    solutions = store.query(PREFIXES + query, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    names = [v.value for v in solutions.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in solutions]
