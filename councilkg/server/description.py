"""The endpoint's SPARQL 1.1 Service Description, sent for a GET on ``/sparql`` without a query.

A SPARQL client (or rdflib, or a crawler) that asks ``/sparql`` for RDF without a query gets an
``sd:Service``: its ``sd:endpoint``, ``sd:supportedLanguage sd:SPARQL11Query``, an
``sd:resultFormat`` per format served, ``sd:feature sd:UnionDefaultGraph`` (the default graph is the
merge of the public graphs), and ``sd:defaultDataset`` with the default graph's VoID counts and an
``sd:namedGraph`` (name and ``void:triples``) per public graph. The counts are two queries run by
the query workers like any other, under the same time limit; private graphs are out of their reach.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import RDF, VOID

from councilkg.ontology.vocab import FORMATS, RELEASE_PREFIXES, SD
from councilkg.queries import named_queries
from councilkg.release.void import Counts, count, describe_counts
from councilkg.server.errors import QueryTimeoutError, RequestError
from councilkg.server.execute import Finish, Job, Piece, Reply, Start
from councilkg.server.formats import FORMATS as RESULT_FORMATS
from councilkg.server.formats import GRAPH_FORMATS, ResultFormat, format_by_name, negotiate, serialize_triples
from councilkg.server.stream import foot
from councilkg.server.worker import WorkerPool
from councilkg.store.rdf import ox_triples

FORMAT_IRIS: dict[str, URIRef] = {
    "json": FORMATS.SPARQL_Results_JSON,
    "xml": FORMATS.SPARQL_Results_XML,
    "csv": FORMATS.SPARQL_Results_CSV,
    "tsv": FORMATS.SPARQL_Results_TSV,
    "turtle": FORMATS.Turtle,
    "ntriples": FORMATS["N-Triples"],
    "jsonld": FORMATS["JSON-LD"],
    "rdfxml": FORMATS.RDF_XML,
}
"""W3C's IRI of each result format the endpoint serves (``sd:resultFormat``)."""

_HOST = re.compile(r"[A-Za-z0-9.\-]+(:[0-9]{1,5})?|\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?")


@dataclass(frozen=True)
class ServiceStatistics:
    """The default graph's VoID counts and the triples of each public named graph (IRI, count)."""

    default: Counts
    graphs: tuple[tuple[str, int], ...]


def description_format(accept: str | None, requested: str | None) -> ResultFormat | None:
    """Return the RDF format to describe the service in: the ``format=`` value when it names an RDF
    format, else the one the Accept header prefers (Turtle for none or ``*/*``); ``None`` when the
    client wants no RDF (it then gets the query endpoint's answer to a missing query).

    Example:
        >>> description_format("application/ld+json", None).name, description_format(None, "rdfxml").name
        ('jsonld', 'rdfxml')
        >>> description_format("application/sparql-results+json", None) is None
        True
    """
    if requested:
        chosen = format_by_name(requested)
        return chosen if chosen is not None and chosen.graph else None
    return negotiate(accept, GRAPH_FORMATS)


def endpoint_iri(host_header: str | None, address: str, port: int, path: str = "/sparql") -> str:
    """Return the endpoint's IRI as the client named it (``http://`` + its ``Host`` header, which
    the guard has checked), else by the address and port served.

    Example:
        >>> endpoint_iri("localhost:8000", "127.0.0.1", 8000), endpoint_iri(None, "::1", 8000)
        ('http://localhost:8000/sparql', 'http://[::1]:8000/sparql')
        >>> endpoint_iri('a"b', "127.0.0.1", 8000)
        'http://127.0.0.1:8000/sparql'
    """
    if host_header and _HOST.fullmatch(host_header.strip()):
        return f"http://{host_header.strip()}{path}"
    shown = f"[{address}]" if ":" in address else address
    return f"http://{shown}:{port}{path}"


def service_graph(endpoint: str, stats: ServiceStatistics, formats: Sequence[str]) -> Graph:
    """Return the Service Description of the endpoint at ``endpoint`` serving ``formats`` (names)."""
    graph = Graph()
    service, dataset, default = BNode(), BNode(), BNode()
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, URIRef(endpoint)))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    for name in formats:
        graph.add((service, SD.resultFormat, FORMAT_IRIS[name]))
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, RDF.type, VOID.Dataset))
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    describe_counts(graph, default, stats.default)
    for name, triples in stats.graphs:
        named, inner = BNode(), BNode()
        graph.add((dataset, SD.namedGraph, named))
        graph.add((named, RDF.type, SD.NamedGraph))
        graph.add((named, SD.name, URIRef(name)))
        graph.add((named, SD.graph, inner))
        graph.add((inner, RDF.type, SD.Graph))
        graph.add((inner, VOID.triples, count(triples)))
    return graph


def _rows(
    pool: WorkerPool, query: str, timeout_s: float, max_rows: int, max_bytes: int
) -> list[dict[str, str]]:
    """Return a SELECT's rows (``{variable: value}``) as a query worker answers it in SPARQL JSON.

    Raises:
        RequestError: the worker refused or failed the query, or it took over ``timeout_s``.
    """
    body: list[bytes] = []
    for message in pool.run(Job(query, "json", None, max_rows, max_bytes), timeout_s):
        if isinstance(message, Reply):
            raise RequestError(message.status, message.body.decode("utf-8", "replace").strip())
        if isinstance(message, Start):
            body.append(message.head)
        elif isinstance(message, Piece):
            body.append(message.data)
        elif isinstance(message, Finish) and message.status != 200:
            raise RequestError(message.status, message.cut or "the statistics query failed")
    document = json.loads(b"".join(body) + foot("json"))
    return [{k: v["value"] for k, v in row.items()} for row in document["results"]["bindings"]]


def service_statistics(
    pool: WorkerPool, timeout_s: float, max_rows: int, max_bytes: int
) -> ServiceStatistics:
    """Return the counts the description states, from two queries run by the pool's workers, both
    within ``timeout_s`` together (at most ``max_rows`` named graphs are listed).

    Raises:
        QueryTimeoutError: the two took over ``timeout_s``, or no worker was free (503).
        RequestError: a query failed otherwise (the worker's status and reason).
    """
    deadline = time.monotonic() + timeout_s
    queries = named_queries()
    try:
        (totals,) = _rows(pool, queries["dataset-statistics"].text, timeout_s, 1, max_bytes)
        left = deadline - time.monotonic()
        if left <= 0:
            raise QueryTimeoutError("out of time")
        graphs = _rows(pool, queries["graph-counts"].text, left, max_rows, max_bytes)
    except QueryTimeoutError:
        raise QueryTimeoutError(
            f"the service description's counts were not done within {timeout_s:g} s (the endpoint's "
            "--timeout); try again later"
        ) from None
    except RequestError as error:
        raise RequestError(error.status, f"the service description could not be counted: {error}") from None
    default = Counts(
        int(totals["triples"]),
        int(totals["subjects"]),
        int(totals["objects"]),
        int(totals["properties"]),
        int(totals["classes"]),
    )
    return ServiceStatistics(default, tuple((row["graph"], int(row["triples"])) for row in graphs))


def describe_service(
    pool: WorkerPool, endpoint: str, format_name: str, timeout_s: float, max_rows: int, max_bytes: int
) -> tuple[bytes, str]:
    """Return the endpoint's Service Description in the RDF format ``format_name``, and its
    Content-Type.

    Raises:
        RequestError: the counts could not be had (a timeout is 503).
    """
    fmt = RESULT_FORMATS[format_name]
    stats = service_statistics(pool, timeout_s, max_rows, max_bytes)
    graph = service_graph(endpoint, stats, list(RESULT_FORMATS))
    prefixes = {name: RELEASE_PREFIXES[name] for name in ("sd", "void", "formats", "xsd")}
    return serialize_triples(ox_triples(graph), fmt, prefixes), fmt.content_type
