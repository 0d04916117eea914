"""The theme taxonomy: the SKOS scheme ``id:theme`` of ``ontology/reference/themes.ttl``, its themes'
IRIs, labels and names.

The rules that give plan items these themes are in :mod:`councilkg.build.theming`.
"""

from __future__ import annotations

from functools import cache

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from councilkg.ontology import ontology_path
from councilkg.ontology.vocab import CKG, ID

TAXONOMY_FILE = "reference/themes.ttl"
THEME_SCHEME = ID["theme"]
"""The concept scheme of the themes."""


def theme_iri(key: str) -> URIRef:
    """Return ``id:theme/<key>``, e.g. ``id:theme/looked-after-children``."""
    return ID[f"theme/{key}"]


@cache
def theme_labels() -> dict[str, str]:
    """Return the preferred label of each theme of the shipped taxonomy, keyed by theme key, sorted.

    Example:
        >>> theme_labels()["looked-after-children"]
        'Looked-after children'
    """
    graph = Graph().parse(ontology_path(TAXONOMY_FILE), format="turtle")
    prefix = str(theme_iri(""))
    labels = {
        str(concept).removeprefix(prefix): str(graph.value(concept, SKOS.prefLabel))
        for concept in graph.subjects(SKOS.inScheme, THEME_SCHEME)
        if isinstance(concept, URIRef) and (concept, RDF.type, CKG.Theme) in graph
    }
    return dict(sorted(labels.items()))


@cache
def theme_names() -> dict[str, str]:
    """Return theme keys by lower-cased key, preferred label and alternative label (unambiguous ones)."""
    graph = Graph().parse(ontology_path(TAXONOMY_FILE), format="turtle")
    names: dict[str, set[str]] = {}
    for key in theme_labels():
        for label in (
            key,
            *graph.objects(theme_iri(key), SKOS.prefLabel),
            *graph.objects(theme_iri(key), SKOS.altLabel),
        ):
            names.setdefault(str(label).casefold(), set()).add(key)
    return {name: next(iter(keys)) for name, keys in names.items() if len(keys) == 1}
