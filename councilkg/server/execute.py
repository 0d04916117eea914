"""Running one query in a worker process, everything it costs included: reading the query's text
(form, dataset, ``SERVICE``), choosing the format, evaluating, and writing the answer as messages.

The messages a job sends, in order: either one :class:`Reply` (a refusal or error, whole), or a
:class:`Start`, data pieces (:class:`Piece`, at most :data:`PIECE_BYTES` each) and a :class:`Finish`.
Rows are serialised a batch at a time (:mod:`~councilkg.server.stream`), so neither the worker
nor the server holds more than a batch of an answer; the row and byte caps end the answer early.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Protocol, TypeVar

import pyoxigraph as ox

from councilkg.errors import CouncilKGError, first_line
from councilkg.ontology.vocab import PREFIXES
from councilkg.queries.names import syntax_message
from councilkg.server.errors import ForbiddenQueryError
from councilkg.server.formats import FORMATS, GRAPH_FORMATS, SOLUTION_FORMATS, ResultFormat, serialize_boolean
from councilkg.server.query import query_shape
from councilkg.server.stream import SolutionBatches, TripleBatches

PIECE_BYTES = 64 * 1024
"""The largest data message a worker sends (a batch is split into pieces this size)."""
BATCH_ROWS = 256
"""Rows serialised at a time."""

# id: is left out: Turtle would escape every "/" of an instance IRI's local name (id:plan\/lambeth\/...).
_GRAPH_PREFIXES = {name: iri for name, iri in PREFIXES.items() if name != "id"}
_T = TypeVar("_T")
_T_contra = TypeVar("_T_contra", contravariant=True)


@dataclass(frozen=True)
class Job:
    """A query to run: the formats the client accepts for solutions and for triples (names;
    ``None``: none acceptable), the protocol's dataset (``None``: not given; else default and named
    graph IRIs, kept only when public), and the row and byte caps of the answer."""

    query: str
    solutions_format: str | None
    graph_format: str | None
    max_rows: int
    max_bytes: int = 100_000_000
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Reply:
    """A whole answer (a refusal or an error): HTTP status, Content-Type and body."""

    status: int
    content_type: str
    body: bytes

    @classmethod
    def text(cls, status: int, message: str) -> Reply:
        """Return a short text/plain reply."""
        return cls(status, "text/plain; charset=utf-8", (message + "\n").encode())


@dataclass(frozen=True)
class Start:
    """The answer starts: its Content-Type, its format's name (``None`` for an answer sent in one
    piece, as ASK's: no foot and no cut) and the format's head."""

    content_type: str
    format: str | None
    head: bytes


@dataclass(frozen=True)
class Piece:
    """Part of the answer's rows; ``whole`` says whether it ends on a row's end."""

    data: bytes
    whole: bool


@dataclass(frozen=True)
class Finish:
    """The answer ends: rows sent (``None`` for ASK or after an error), why it was cut (``None``:
    it was not) and the status that stands for the cut before anything is sent (200: the row cap,
    an answer still worth sending; 413: the byte cap; 400 or 500: the query failed midway)."""

    rows: int | None
    cut: str | None = None
    status: int = 200


Message = Reply | Start | Piece | Finish


class Snapshot(Protocol):
    """The worker's view of the store: :meth:`current` reopens it when a writer changed it."""

    public: frozenset[str]

    def current(self, force: bool = False) -> ox.Store:
        """Return the store."""
        ...


def run_job(snapshot: Snapshot, job: Job, send: Callable[[Message], None]) -> None:
    """Run ``job`` on the snapshot's store, sending its answer as messages; returns nothing."""
    try:
        shape = query_shape(job.query)
    except ForbiddenQueryError as error:
        send(Reply.text(error.status, str(error)))
        return
    offers = {
        "select": job.solutions_format,
        "ask": job.solutions_format,
        "construct": job.graph_format,
        "describe": job.graph_format,
    }
    if (shape.form and offers[shape.form] is None) or (job.solutions_format is job.graph_format is None):
        kinds = GRAPH_FORMATS if shape.form in {"construct", "describe"} else SOLUTION_FORMATS
        send(_not_acceptable((shape.form or "these").upper(), kinds))
        return
    dataset = (job.default_graphs, job.named_graphs)
    if dataset == (None, None) and shape.has_dataset:
        dataset = (shape.from_graphs, shape.from_named_graphs)
    started = False

    def send_tracked(message: Message) -> None:
        nonlocal started
        started = started or isinstance(message, Start)
        send(message)

    try:
        try:
            store = snapshot.current()
        except CouncilKGError as error:
            send(Reply.text(503, f"store unavailable: {first_line(str(error))}"))
            return
        try:
            result = _query(store, snapshot.public, job.query, *dataset)
        except OSError as error:
            if "No such file" not in str(error):
                raise
            # A writer compacted away a file this snapshot had not opened yet: read a newer one.
            result = _query(snapshot.current(force=True), snapshot.public, job.query, *dataset)
        _answer(result, job, send_tracked)
    except SyntaxError as error:
        _fail(started, send, 400, syntax_message(job.query, str(error)))
    except (RuntimeError, ValueError) as error:
        _fail(started, send, 400, f"query failed: {first_line(str(error))}")
    except (OSError, CouncilKGError) as error:
        _fail(started, send, 500, f"query failed reading the store: {first_line(str(error))}")


def _fail(started: bool, send: Callable[[Message], None], status: int, message: str) -> None:
    """Send an error: a reply before the answer started, else the end of a cut answer."""
    send(Finish(None, message, status) if started else Reply.text(status, message))


def _not_acceptable(kind: str, offers: tuple[ResultFormat, ...]) -> Reply:
    types = ", ".join(offer.media_types[0] for offer in offers)
    return Reply.text(406, f"no acceptable format: {kind} results can be sent as {types}")


def _query(
    store: ox.Store,
    public: frozenset[str],
    query: str,
    default_graphs: tuple[str, ...] | None,
    named_graphs: tuple[str, ...] | None,
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    default: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph]
    named: list[ox.NamedNode | ox.BlankNode]
    if default_graphs is None and named_graphs is None:
        default = [ox.DefaultGraph()]
        named = [ox.NamedNode(graph) for graph in sorted(public)]
    else:
        # Always pass both lists: they override FROM / FROM NAMED in the query text, so nothing
        # outside the public graphs can be reached whatever the text says.
        default = [ox.NamedNode(g) for g in default_graphs or () if g in public]
        named = [ox.NamedNode(g) for g in named_graphs or () if g in public]
    return store.query(query, prefixes=PREFIXES, default_graph=default, named_graphs=named)


class _Batches(Protocol[_T_contra]):
    def head(self) -> bytes: ...

    def batch(self, rows: Sequence[_T_contra], first: bool) -> bytes: ...


def _answer(
    result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, job: Job, send: Callable[[Message], None]
) -> None:
    if isinstance(result, ox.QueryBoolean):
        fmt = FORMATS[job.solutions_format or "json"]
        send(Start(fmt.content_type, None, serialize_boolean(result, fmt)))
        send(Finish(None))
        return
    if isinstance(result, ox.QueryTriples):
        fmt = FORMATS[job.graph_format or "turtle"]
        _stream(iter(result), TripleBatches(fmt.name, _GRAPH_PREFIXES), fmt, job, send)
        return
    fmt = FORMATS[job.solutions_format or "json"]
    variables = [variable.value for variable in result.variables]
    _stream(iter(result), SolutionBatches(fmt.name, variables), fmt, job, send)


def _stream(
    rows: Iterator[_T], batches: _Batches[_T], fmt: ResultFormat, job: Job, send: Callable[[Message], None]
) -> None:
    """Send the rows a batch at a time, up to the row cap and the byte cap."""
    head = batches.head()
    send(Start(fmt.content_type, fmt.name, head))
    sent_bytes, sent_rows = len(head), 0
    while True:
        batch = list(islice(rows, min(BATCH_ROWS, job.max_rows - sent_rows)))
        if not batch:
            break
        data = batches.batch(batch, first=sent_rows == 0)
        if sent_bytes + len(data) > job.max_bytes:
            # Over the byte cap: send the rows of this batch that still fit, one at a time.
            for row in batch:
                data = batches.batch([row], first=sent_rows == 0)
                if sent_bytes + len(data) > job.max_bytes:
                    break
                _send_pieces(data, send)
                sent_bytes, sent_rows = sent_bytes + len(data), sent_rows + 1
            send(Finish(sent_rows, f"cut at {job.max_bytes} bytes (the endpoint's limit)", 413))
            return
        _send_pieces(data, send)
        sent_bytes, sent_rows = sent_bytes + len(data), sent_rows + len(batch)
    more = sent_rows >= job.max_rows and next(rows, None) is not None
    send(Finish(sent_rows, f"cut at {job.max_rows} rows (the endpoint's limit)" if more else None))


def _send_pieces(data: bytes, send: Callable[[Message], None]) -> None:
    for offset in range(0, len(data), PIECE_BYTES):
        piece = data[offset : offset + PIECE_BYTES]
        send(Piece(piece, offset + PIECE_BYTES >= len(data)))
