"""Small conversions shared by the modules that read query results: RDF terms to Python values, IRIs
to local names, and long texts to display width."""

from __future__ import annotations

import re

import pyoxigraph as ox

from councilkg.ontology.vocab import PREFIXES
from councilkg.queries.names import sparql_name

Term = ox.NamedNode | ox.Literal | ox.BlankNode | None


def term_text(term: Term) -> str | None:
    """Return the lexical value of a query cell, or ``None`` when it is unbound.

    Example:
        >>> term_text(ox.Literal("CSKA12")), term_text(None)
        ('CSKA12', None)
    """
    return None if term is None else term.value


def term_int(term: Term) -> int | None:
    """Return a query cell holding a whole number as an ``int``, else ``None``.

    Example:
        >>> term_int(ox.Literal("120")), term_int(ox.Literal("12.5")), term_int(None)
        (120, None, None)
    """
    return int(term.value) if isinstance(term, ox.Literal) and term.value.lstrip("-").isdigit() else None


def local_name(iri: str) -> str:
    """Return the part of an IRI after its last ``#`` or ``/``.

    Example:
        >>> local_name("https://w3id.org/councilkg#Post"), local_name("https://w3id.org/councilkg/id/theme/neet")
        ('Post', 'neet')
    """
    return re.split(r"[#/]", iri)[-1]


def shorten(text: str, width: int) -> str:
    """Return ``text`` cut to ``width`` characters, ending in an ellipsis when cut.

    Example:
        >>> shorten("Stabilise the workforce", 12), shorten("Stabilise the workforce", 11)
        ('Stabilise t…', 'Stabilise…')
    """
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def compact_iri(text: str) -> str:
    """Return ``text`` written as SPARQL reads it back when a known namespace starts it (the prefixed name
    ``id:person\\/x``, or ``<iri>`` when no prefixed name can hold it), else unchanged.

    The spelling can be pasted into query text, ``--param`` or any command taking an IRI.

    Example:
        >>> print(compact_iri("https://w3id.org/councilkg/id/person/yashi-shah"), compact_iri("CSKA12"))
        id:person\\/yashi-shah CSKA12
    """
    if any(text.startswith(namespace) and len(text) > len(namespace) for namespace in PREFIXES.values()):
        return sparql_name(text)
    return text
