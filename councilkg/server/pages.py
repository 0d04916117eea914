"""The item pages of ``councilkg serve``: ``GET /id/...``, the path of any IRI the project mints.

The path names the IRI (``/id/plan/lambeth/…/action/cska12`` is
``https://w3id.org/councilkg/id/plan/lambeth/…/action/cska12``); the answer is chosen by content
negotiation — an HTML page for a browser (``text/html`` preferred), Turtle, N-Triples, JSON-LD or
RDF/XML for an RDF client, Turtle when the client says nothing — or by ``?format=`` (``html``,
``turtle``, ``ntriples``, ``jsonld``, ``rdfxml``). An IRI the public graphs never mention is a 404
(a page for a browser). A page is built by a query worker, as a query is, under the same time and
memory limits, from the public graphs only: private appraisal data never reaches it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import parse_qs

import pyoxigraph as ox

from councilkg.errors import CouncilKGError, first_line
from councilkg.ontology.vocab import ID_IRI, PREFIXES
from councilkg.server.errors import RequestError
from councilkg.server.execute import Message, Reply
from councilkg.server.formats import FORMATS, GRAPH_FORMATS, negotiate, prefers_html, serialize_triples
from councilkg.store.base import Store

HTML = "html"
PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
"""A page runs no script and loads nothing but itself (its icon is an empty ``data:`` URL)."""
_HTML_TYPE = "text/html; charset=utf-8"
# id: is left out: Turtle would escape every "/" of an instance IRI's local name (id:plan\/lambeth\/...).
_PREFIXES = {name: iri for name, iri in PREFIXES.items() if name != "id"}


@dataclass(frozen=True)
class PageJob:
    """A page to build in a query worker: the IRI, and ``html`` or the name of an RDF format."""

    iri: str
    format: str


class PageAnswer(NamedTuple):
    """An item page or its RDF, ready to send: status, body, Content-Type and headers."""

    status: int
    body: bytes
    content_type: str
    headers: dict[str, str]


def page_format(accept: str | None, requested: str | None) -> str:
    """Return ``html`` or the RDF format's name to answer an item's page in: the ``format=`` value
    when given, else HTML when the Accept header ranks ``text/html`` at least as high as any RDF
    format, else the RDF format it prefers (Turtle for none or ``*/*``).

    Example:
        >>> page_format("text/html,application/xhtml+xml,*/*;q=0.8", None), page_format("*/*", None)
        ('html', 'turtle')
        >>> page_format("application/ld+json", None), page_format(None, "ntriples")
        ('jsonld', 'ntriples')

    Raises:
        RequestError: 400 for an unknown ``format=``; 406 when the client accepts neither HTML nor RDF.
    """
    if requested is not None:
        wanted = requested.strip().lower()
        if wanted in {HTML, "text/html"}:
            return HTML
        chosen = FORMATS.get(wanted) or next((f for f in GRAPH_FORMATS if wanted in f.media_types), None)
        if chosen is None or not chosen.graph:
            names = ", ".join([HTML, *(f.name for f in GRAPH_FORMATS)])
            raise RequestError(400, f"unknown format {requested[:40]!r} for a page: use {names}")
        return chosen.name
    if prefers_html(accept, GRAPH_FORMATS):
        return HTML
    chosen = negotiate(accept, GRAPH_FORMATS)
    if chosen is None:
        types = ", ".join(["text/html", *(f.media_types[0] for f in GRAPH_FORMATS)])
        raise RequestError(406, f"no acceptable format: a page can be sent as {types}")
    return chosen.name


def answer_page(open_store: Callable[[], Store], job: PageJob) -> Reply:
    """Return the page (or RDF) of ``job.iri`` from the store ``open_store`` returns (for the
    namespace itself, ``/id/``, the index of authorities and plans): 200, or 404
    (an HTML page, or a line of text) when the public graphs never mention the IRI; 503 when the
    store cannot be read."""
    # imported here, not at the top: a query worker loads them only when it builds its first page,
    # so the pages cost a worker answering SPARQL alone none of its memory cap
    from councilkg.analysis.authorities import authorities
    from councilkg.analysis.describe import describe_item
    from councilkg.analysis.overviews import overview_of
    from councilkg.views.pages import index_page, item_page, not_found_page

    try:
        store = open_store()
        if job.iri == ID_IRI:
            return Reply(200, _HTML_TYPE, index_page(authorities(store)).encode())
        item = describe_item(store, job.iri)
        overview = overview_of(store, item) if item is not None and job.format == HTML else None
    except (CouncilKGError, OSError) as error:
        return Reply.text(503, f"store unavailable: {first_line(str(error))}")
    if item is None:
        if job.format == HTML:
            return Reply(404, _HTML_TYPE, not_found_page(job.iri).encode())
        return Reply.text(404, f"nothing is known of <{job.iri}> in this store")
    if job.format == HTML:
        return Reply(200, _HTML_TYPE, item_page(item, overview).encode())
    fmt = FORMATS[job.format]
    return Reply(200, fmt.content_type, serialize_triples(item.triples, fmt, _PREFIXES))


def item_answer(
    run: Callable[[PageJob, float], list[Message]],
    path: str,
    query: str,
    accept: str | None,
    timeout_s: float,
) -> PageAnswer:
    """Return the answer to ``GET path?query`` (``/id/...``, ``format=`` in ``query`` or else the
    Accept header choosing HTML or RDF): the item's page or RDF, built by a query
    worker (``run`` is :meth:`WorkerPool.run <councilkg.server.worker.WorkerPool.run>`) within ``timeout_s``.

    Raises:
        RequestError: the path names no valid IRI (400), the format is unknown (400) or not
            acceptable (406), or the worker timed out or failed (503, 500).
    """
    try:
        requested = parse_qs(query, keep_blank_values=True, errors="strict").get("format", [])
    except UnicodeDecodeError:
        raise RequestError(400, "parameters must be UTF-8 (percent-encoded)") from None
    if len(requested) > 1:
        raise RequestError(400, f"give the format parameter once, not {len(requested)} times")
    fmt = page_format(accept, requested[0] if requested else None)
    if path == "/id/":
        if fmt != HTML:
            raise RequestError(
                404, "/id/ is the index of authorities and plans, an HTML page; it names no IRI"
            )
        iri = ID_IRI
    else:
        from councilkg.views.pages import iri_of_path

        try:
            iri = iri_of_path(path)
            ox.NamedNode(iri)
        except ValueError as error:
            raise RequestError(400, f"not the page of a valid IRI: {first_line(str(error))}") from None
    (reply,) = [message for message in run(PageJob(iri, fmt), timeout_s) if isinstance(message, Reply)]
    headers = {"Vary": "Accept, Origin"}
    if reply.content_type == _HTML_TYPE:
        headers.update({"Content-Security-Policy": PAGE_CSP, "X-Content-Type-Options": "nosniff"})
    return PageAnswer(reply.status, reply.body, reply.content_type, headers)
