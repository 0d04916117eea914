"""Result formats of the endpoint, content negotiation, and results cut to a row cap.

SELECT rows are cut before they are serialised: the first ``max_rows`` solutions are written as
SPARQL JSON here, and pyoxigraph turns that JSON into XML, CSV or TSV, so only JSON is hand-written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from councilkg.store.base import RDF_FORMATS

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True)
class ResultFormat:
    """A serialisation the endpoint offers: its ``format=`` name, media types (the first is sent)
    and whether it carries solutions/booleans (SELECT, ASK) or triples (CONSTRUCT, DESCRIBE)."""

    name: str
    media_types: tuple[str, ...]
    graph: bool

    @property
    def content_type(self) -> str:
        """Return the Content-Type header value, with a charset for textual types."""
        media_type = self.media_types[0]
        return f"{media_type}; charset=utf-8" if media_type.startswith("text/") else media_type


SOLUTION_FORMATS: tuple[ResultFormat, ...] = (
    ResultFormat("json", ("application/sparql-results+json", "application/json"), graph=False),
    ResultFormat("xml", ("application/sparql-results+xml", "application/xml"), graph=False),
    ResultFormat("csv", ("text/csv",), graph=False),
    ResultFormat("tsv", ("text/tab-separated-values",), graph=False),
)
GRAPH_FORMATS: tuple[ResultFormat, ...] = (
    ResultFormat("turtle", ("text/turtle", "application/turtle", "application/x-turtle"), graph=True),
    ResultFormat("ntriples", ("application/n-triples", "text/plain"), graph=True),
    ResultFormat("jsonld", ("application/ld+json", "application/x-json+ld"), graph=True),
    ResultFormat("rdfxml", ("application/rdf+xml",), graph=True),
)
FORMATS: dict[str, ResultFormat] = {f.name: f for f in (*SOLUTION_FORMATS, *GRAPH_FORMATS)}

_RESULTS_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}


def _accept_ranges(accept: str) -> list[tuple[str, str, float]]:
    """Return the ``(type, subtype, q)`` of each media range in an Accept header."""
    ranges = []
    for part in accept.split(","):
        media_range, *params = (piece.strip() for piece in part.split(";"))
        kind, _, subtype = media_range.lower().partition("/")
        if not kind or not subtype:
            continue
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    quality = 0.0
        ranges.append((kind, subtype, quality))
    return ranges


def _quality(media_type: str, ranges: Sequence[tuple[str, str, float]]) -> float:
    """Return the q the most specific matching range gives ``media_type`` (0 when none matches)."""
    kind, _, subtype = media_type.partition("/")
    best_specificity, quality = -1, 0.0
    for range_kind, range_subtype, range_quality in ranges:
        if (range_kind, range_subtype) == (kind, subtype):
            specificity = 2
        elif range_kind == kind and range_subtype == "*":
            specificity = 1
        elif (range_kind, range_subtype) == ("*", "*"):
            specificity = 0
        else:
            continue
        if specificity > best_specificity:
            best_specificity, quality = specificity, range_quality
    return quality


def negotiate(accept: str | None, offers: Sequence[ResultFormat]) -> ResultFormat | None:
    """Return the offer the Accept header prefers (ties go to the earlier offer), or ``None``.

    No Accept header, or an empty one, accepts the first offer.

    Example:
        >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", SOLUTION_FORMATS).name
        'xml'
        >>> negotiate("*/*", GRAPH_FORMATS).name
        'turtle'
        >>> negotiate("text/turtle", SOLUTION_FORMATS) is None
        True
    """
    if not accept or not accept.strip():
        return offers[0]
    ranges = _accept_ranges(accept)
    best, best_quality = None, 0.0
    for offer in offers:
        quality = max(_quality(media_type, ranges) for media_type in offer.media_types)
        if quality > best_quality:
            best, best_quality = offer, quality
    return best


def prefers_html(accept: str | None, offers: Sequence[ResultFormat] = SOLUTION_FORMATS) -> bool:
    """Return whether an Accept header ranks ``text/html`` (named, not by a wildcard) at least as
    high as every format of ``offers`` (a browser).

    Example:
        >>> prefers_html("text/html,application/xhtml+xml,*/*;q=0.8"), prefers_html("*/*")
        (True, False)
    """
    if not accept:
        return False
    ranges = _accept_ranges(accept)
    html = _quality("text/html", [r for r in ranges if r[:2] != ("*", "*")])
    others = [_quality(m, ranges) for f in offers for m in f.media_types]
    return html > 0 and html >= max(others)


def format_by_name(name: str) -> ResultFormat | None:
    """Return the format a ``format=`` value names (a name such as ``csv`` or a media type)."""
    wanted = name.strip().lower()
    return FORMATS.get(wanted) or next((f for f in FORMATS.values() if wanted in f.media_types), None)


def term_json(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> dict[str, Any]:
    """Return an RDF term as a SPARQL 1.1 JSON results binding (RDF-star triples included)."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        binding: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            binding["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            binding["datatype"] = term.datatype.value
        return binding
    return {
        "type": "triple",
        "value": {
            "subject": term_json(term.subject),
            "predicate": term_json(term.predicate),
            "object": term_json(term.object),
        },
    }


def solutions_json(variables: Sequence[str], rows: Iterable[ox.QuerySolution]) -> bytes:
    """Return SELECT solutions as SPARQL 1.1 JSON results, unbound variables left out of a row."""
    bindings = [
        {name: term_json(term) for name, term in zip(variables, row, strict=True) if term is not None}
        for row in rows
    ]
    document = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def serialize_solutions(
    variables: Sequence[str], rows: Sequence[ox.QuerySolution], fmt: ResultFormat
) -> bytes:
    """Return SELECT solutions in ``fmt`` (one of :data:`SOLUTION_FORMATS`)."""
    document = solutions_json(variables, rows)
    if fmt.name == "json":
        return document
    parsed = ox.parse_query_results(document, format=ox.QueryResultsFormat.JSON)
    return parsed.serialize(format=_RESULTS_FORMATS[fmt.name]) or b""


def serialize_boolean(result: ox.QueryBoolean, fmt: ResultFormat) -> bytes:
    """Return an ASK result in ``fmt`` (one of :data:`SOLUTION_FORMATS`)."""
    return result.serialize(format=_RESULTS_FORMATS[fmt.name]) or b""


def serialize_triples(triples: Sequence[ox.Triple], fmt: ResultFormat, prefixes: dict[str, str]) -> bytes:
    """Return CONSTRUCT or DESCRIBE triples in ``fmt`` (one of :data:`GRAPH_FORMATS`)."""
    if fmt.name == "ntriples":
        return ox.serialize(triples, format=RDF_FORMATS[fmt.name]) or b""
    return ox.serialize(triples, format=RDF_FORMATS[fmt.name], prefixes=prefixes) or b""
