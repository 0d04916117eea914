"""The HTTP side of ``councilkg serve``: a read-only SPARQL 1.1 Protocol endpoint (standard library only).

Routes: ``GET /`` the query page (:mod:`~councilkg.server.querypage`), ``GET /static/...`` its
scripts and stylesheets (:mod:`~councilkg.server.assets`); ``GET /id/...`` an item's page
(:mod:`~councilkg.server.pages`);
``GET /sparql?query=...``; ``POST /sparql`` with a form or an ``application/sparql-query`` body;
``OPTIONS`` for CORS preflight. Every refusal is a short text/plain message. Queries and pages run in
a :class:`~councilkg.server.worker.WorkerPool`; this process checks the request (:mod:`~.guard`) and
passes the worker's answer on as it comes: held until complete or :data:`HOLD_BYTES` long, then
streamed (chunked), so the server never holds more than that of one answer.
"""

from __future__ import annotations

import contextlib
import errno
import ipaddress
import select
import socket
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import SplitResult, urlsplit

from councilkg.server.assets import CACHE_CONTROL, asset
from councilkg.server.description import describe_service, description_format, endpoint_iri
from councilkg.server.errors import RequestError, ServerError
from councilkg.server.execute import Finish, Job, Message, Piece, Reply, Start
from councilkg.server.formats import GRAPH_FORMATS, SOLUTION_FORMATS, format_by_name, negotiate, prefers_html
from councilkg.server.guard import Audience, allowed_names, body_length, is_address
from councilkg.server.pages import item_answer
from councilkg.server.querypage import QUERY_PAGE_CSP, query_page
from councilkg.server.replies import Response, Streamed, parse_params, single_param
from councilkg.server.stream import cut_ending, foot
from councilkg.server.worker import WorkerPool
from councilkg.store.embedded import EmbeddedStore

TRUNCATED_HEADER = "X-Councilkg-Truncated"
READ_ONLY = "this endpoint is read-only: SPARQL updates are not accepted"
HOLD_BYTES = 256 * 1024
"""An answer up to this size is sent whole, with its length and (if cut at the row cap) the
``X-Councilkg-Truncated`` header; a longer one is streamed, and a cut is stated at its end."""
BACKLOG = 128
_LINGER_S = 2.0
# The last write of an answer may block this long past the deadline (a slow but reading client).
_LAST_WRITE_S = 0.25


@dataclass(frozen=True)
class ServerSettings:
    """Limits and options shared by every request: seconds per query, rows and bytes per answer,
    request bytes, who may call (:class:`~councilkg.server.guard.Audience`), open connections,
    and whether to log a line per request to stderr."""

    audience: Audience
    timeout_s: float = 30.0
    max_rows: int = 10_000
    max_answer_bytes: int = 100_000_000
    max_request_bytes: int = 1_000_000
    max_connections: int = 64
    log: bool = True


class _Handler(BaseHTTPRequestHandler):
    """One request of the endpoint; ``self.server`` is the :class:`_HTTPServer`."""

    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "councilkg"
    sys_version = ""
    timeout = 60  # seconds a client may stall mid-request before its connection is dropped
    error_content_type = "text/plain; charset=utf-8"

    # -- plumbing ------------------------------------------------------------------------------

    def _handle(self, route: str) -> None:
        started = time.monotonic()
        response: Response | Streamed
        try:
            self._check()
            response = getattr(self, route)()
        except RequestError as error:
            response = Response.text(error.status, str(error))
        except OSError:  # the client went away mid-answer
            self.close_connection = True
            self._log(499, started, None)
            return
        except Exception as error:  # a bug must not kill the connection thread silently
            response = Response.text(500, f"internal error: {type(error).__name__}: {error}")
        if isinstance(response, Response):
            try:
                self._send(response)
            except OSError:
                self.close_connection = True
        self._log(response.status, started, response.rows)

    def _check(self) -> None:
        """Refuse a request for another host or with a malformed body framing (then close)."""
        try:
            self.server.settings.audience.check_host(self.headers.get_all("Host"))
            self._body_length = body_length(
                self.command, self.headers.get_all, self.server.settings.max_request_bytes
            )
        except RequestError as error:
            if error.status == 413:
                self._linger()
            self.close_connection = True
            raise

    def _send(self, response: Response) -> None:
        self.send_response(response.status)
        if response.status not in {HTTPStatus.NO_CONTENT, HTTPStatus.NOT_MODIFIED}:
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
        for name, value in {**self._cors_headers(), **response.headers}.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Answer the standard library's own refusals (bad request line, 414...) as text/plain."""
        self.close_connection = True
        text = message or HTTPStatus(code).phrase
        if code == HTTPStatus.REQUEST_URI_TOO_LONG:
            text = "the request URL is too long; send the query with POST instead"
        if not hasattr(self, "command") or self.command is None:
            self.command = ""
        if getattr(self, "request_version", "HTTP/0.9") == "HTTP/0.9":
            self.request_version = "HTTP/1.0"  # answer with a status line: no HTTP/0.9 bare bodies
        self._send(Response.text(code, text))
        self._log(code, None, None)

    def log_message(self, format: str, *args: object) -> None:
        """Silence the standard library's access log: :meth:`_log` writes one line per request."""

    def _log(self, status: int, started: float | None, rows: int | None) -> None:
        if not self.server.settings.log:
            return
        path = urlsplit(getattr(self, "path", "") or "").path or "-"
        took = f"{(time.monotonic() - started) * 1000:.0f}ms" if started is not None else "-"
        counted = "-" if rows is None else str(rows)
        sys.stderr.write(
            f"{self.client_address[0]} {self.command or '-'} {path} {status} {took} rows={counted}\n"
        )

    def _cors_headers(self) -> dict[str, str]:
        origins = self.server.settings.audience.cors_origins
        origin = self.headers.get("Origin") if hasattr(self, "headers") and self.headers else None
        if not origins or not origin:
            return {}
        if "*" in origins:
            allowed = "*"
        elif origin in origins:
            allowed = origin
        else:
            return {}
        headers = {"Access-Control-Allow-Origin": allowed, "Access-Control-Expose-Headers": TRUNCATED_HEADER}
        if allowed != "*":
            headers["Vary"] = "Origin"
        return headers

    def _read_body(self) -> bytes:
        """Return the request body (its framing was checked by :meth:`_check`)."""
        length = self._body_length
        body = self.rfile.read(length) if length > 0 else b""
        if len(body) < length:
            self.close_connection = True
            raise RequestError(400, f"the request body ended after {len(body)} of {length} bytes")
        return body

    def _linger(self) -> None:
        """Close after this response, discarding what the client still sends for a moment, so it
        reads our answer instead of a connection reset (nothing is kept: memory stays bounded)."""
        self.close_connection = True
        self._discard_input = True

    def handle_expect_100(self) -> bool:
        """Refuse a body before the client sends it (``Expect: 100-continue``) when its framing is bad."""
        try:
            body_length(self.command, self.headers.get_all, self.server.settings.max_request_bytes)
        except RequestError as error:
            self.close_connection = True
            self._send(Response.text(error.status, str(error)))
            self._log(error.status, None, None)
            return False
        return super().handle_expect_100()

    def finish(self) -> None:
        """Flush the response; then, after a refused body, drain the client's input for a moment."""
        super().finish()
        if getattr(self, "_discard_input", False):
            try:
                self.connection.shutdown(socket.SHUT_WR)
                deadline = time.monotonic() + _LINGER_S
                while (left := deadline - time.monotonic()) > 0:
                    ready, _, _ = select.select([self.connection], [], [], left)
                    if not ready or not self.connection.recv(65536):
                        break
            except OSError:
                pass

    # -- routes --------------------------------------------------------------------------------

    def do_GET(self) -> None:
        """Serve the page or answer a query given in the URL."""
        self._handle("_get")

    def do_HEAD(self) -> None:
        """Answer as GET does, without the body."""
        self._handle("_get")

    def do_POST(self) -> None:
        """Answer a query sent as a form or as an application/sparql-query body."""
        self._handle("_post")

    def do_OPTIONS(self) -> None:
        """Answer a CORS preflight request."""
        self._handle("_options")

    def do_PUT(self) -> None:
        """Refuse: the endpoint never changes the store."""
        self._handle("_refuse_method")

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _refuse_method(self) -> Response:
        response = Response.text(405, f"{READ_ONLY} ({self.command} is not allowed)")
        response.headers["Allow"] = "GET, HEAD, POST, OPTIONS"
        return response

    def _options(self) -> Response:
        response = Response(204, b"", headers={"Allow": "GET, HEAD, POST, OPTIONS"})
        if self._cors_headers():
            response.headers.update(
                {
                    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                    "Access-Control-Allow-Headers": "Accept, Content-Type",
                    "Access-Control-Max-Age": "600",
                }
            )
        return response

    def _get(self) -> Response | Streamed:
        url = urlsplit(self.path)
        limit = self.server.settings.max_request_bytes
        if len(self.path) > limit:
            raise RequestError(414, f"the request URL is over the limit of {limit} bytes; use POST")
        if url.path in {"/", "/index.html"}:
            return self._page()
        if url.path.startswith("/id/"):
            return self._item(url)
        if url.path.startswith("/static/"):
            return self._asset(url.path)
        if url.path != "/sparql":
            raise RequestError(404, f"no such page: {url.path} (the endpoint is /sparql; items: /id/...)")
        params = parse_params(url.query)
        if "query" not in params and "update" not in params:
            accept = self.headers.get("Accept")
            if prefers_html(accept):
                return self._page()
            if (described := description_format(accept, single_param(params, "format"))) is not None:
                return self._description(described.name)
        return self._query(params)

    def _post(self) -> Response | Streamed:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self.close_connection = True
            raise RequestError(404, f"no such endpoint: {url.path} (send queries to /sparql)")
        body = self._read_body()
        media_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if media_type == "application/x-www-form-urlencoded":
            try:
                return self._query(parse_params(body.decode("ascii")))
            except UnicodeDecodeError:
                raise RequestError(400, "a form body must be percent-encoded ASCII") from None
        if media_type == "application/sparql-query":
            params = parse_params(url.query)
            if "query" in params:
                raise RequestError(400, "give the query either as the body or as a parameter, not both")
            try:
                params["query"] = [body.decode("utf-8")]
            except UnicodeDecodeError:
                raise RequestError(400, "the query body must be UTF-8") from None
            return self._query(params)
        if media_type == "application/sparql-update":
            raise RequestError(400, READ_ONLY)
        raise RequestError(
            415,
            f"unsupported Content-Type {media_type or '(none)'}: send application/x-www-form-urlencoded "
            "or application/sparql-query",
        )

    def _page(self) -> Response:
        return Response(
            200,
            query_page(),
            "text/html; charset=utf-8",
            {"Content-Security-Policy": QUERY_PAGE_CSP, "X-Content-Type-Options": "nosniff"},
        )

    def _asset(self, path: str) -> Response:
        """Return a script or stylesheet of the query page (304 when the client holds it already)."""
        found = asset(path)
        if found is None:
            raise RequestError(404, f"no such file: {path}")
        headers = {"Cache-Control": CACHE_CONTROL, "ETag": found.etag, "X-Content-Type-Options": "nosniff"}
        held = self.headers.get("If-None-Match", "")
        if found.etag in (tag.strip() for tag in held.split(",")):
            return Response(304, b"", found.content_type, headers)
        return Response(200, found.body, found.content_type, headers)

    def _check_origin(self) -> None:
        """Refuse a query (or a page built as a query is) sent by another site's page (403)."""
        self.server.settings.audience.check_query_origin(
            self.headers.get("Origin"), self.headers.get("Sec-Fetch-Site"), self.headers.get("Sec-Fetch-Mode")
        )

    def _item(self, url: SplitResult) -> Response:
        """Return an item's page, or its RDF, by the Accept header or ``format=`` (``/id/...``)."""
        self._check_origin()
        accept, timeout_s = self.headers.get("Accept"), self.server.settings.timeout_s
        return Response(*item_answer(self.server.pool.run, url.path, url.query, accept, timeout_s))

    def _description(self, format_name: str) -> Response:
        """Return the Service Description (counted by the workers, so checked as a query is)."""
        settings = self.server.settings
        self._check_origin()
        endpoint = endpoint_iri(self.headers.get("Host"), settings.audience.address, settings.audience.port)
        limits = (settings.timeout_s, settings.max_rows, settings.max_answer_bytes)
        body, content_type = describe_service(self.server.pool, endpoint, format_name, *limits)
        return Response(200, body, content_type, {"Vary": "Accept, Origin"})

    def _query(self, params: dict[str, list[str]]) -> Response | Streamed:
        settings = self.server.settings
        self._check_origin()
        if "update" in params:
            raise RequestError(400, READ_ONLY)
        query = single_param(params, "query")
        if query is None or not query.strip():
            raise RequestError(400, "missing query: give the SPARQL query as the query parameter")
        requested = single_param(params, "format")
        if requested:
            chosen = format_by_name(requested)
            if chosen is None:
                raise RequestError(
                    400,
                    f"unknown format {requested!r}: use json, xml, csv, tsv, turtle, ntriples, "
                    "jsonld or rdfxml",
                )
            solutions = chosen if not chosen.graph else None
            graph = chosen if chosen.graph else None
        else:
            accept = self.headers.get("Accept")
            solutions, graph = negotiate(accept, SOLUTION_FORMATS), negotiate(accept, GRAPH_FORMATS)
        default_graphs, named_graphs = params.get("default-graph-uri"), params.get("named-graph-uri")
        protocol_dataset = default_graphs is not None or named_graphs is not None
        # Everything the query text costs (its form, dataset, SERVICE check) is read in the worker.
        job = Job(
            query,
            solutions.name if solutions else None,
            graph.name if graph else None,
            settings.max_rows,
            settings.max_answer_bytes,
            tuple(default_graphs or ()) if protocol_dataset else None,
            tuple(named_graphs or ()) if protocol_dataset else None,
        )
        self._deadline = time.monotonic() + settings.timeout_s
        messages = self.server.pool.answer(job, settings.timeout_s)
        try:
            return self._pass_on(messages)
        finally:
            messages.close()  # stops the worker if the answer was not read to its end
            self.connection.settimeout(self.timeout)

    def _pass_on(self, messages: Iterator[Message]) -> Response | Streamed:
        """Send the worker's answer: whole when short, else streamed; a cut is stated at the end."""
        settings = self.server.settings
        held: list[bytes] = []
        start: Start | None = None
        streaming = after_rows = False
        whole = True
        try:
            for message in messages:
                if isinstance(message, Reply):
                    return Response(message.status, message.body, message.content_type)
                if isinstance(message, Start):
                    start = message
                    held.append(message.head)
                elif isinstance(message, Piece):
                    after_rows, whole = True, message.whole
                    if streaming:
                        self._write_chunk(message.data)
                    else:
                        held.append(message.data)
                        if sum(map(len, held)) >= HOLD_BYTES and start is not None:
                            streaming = self._start_stream(start, b"".join(held))
                            held = []
                            if self.command == "HEAD":
                                return Streamed(200, None)
                elif isinstance(message, Finish) and start is not None:
                    fmt = start.format or ""
                    if not streaming:
                        return self._whole(start, b"".join(held), message)
                    ending = cut_ending(fmt, message.cut, after_rows=after_rows) if message.cut else foot(fmt)
                    self._end_stream(ending, str(settings.max_rows) if message.cut else None)
                    return Streamed(200, message.rows)
        except RequestError as error:  # timed out, out of memory, or the worker stopped
            if not streaming or start is None:
                raise
            self.close_connection = True
            if whole:
                self._end_stream(cut_ending(start.format or "", str(error), after_rows=after_rows), None)
            return Streamed(200, None)
        raise RequestError(500, "the query worker sent an incomplete answer")  # pragma: no cover

    def _whole(self, start: Start, body: bytes, finish: Finish) -> Response:
        """Return an answer complete before streaming began (a cut here is a status, or a header)."""
        settings = self.server.settings
        if finish.status == 413:
            return Response.text(
                413,
                f"the answer is over the limit of {settings.max_answer_bytes} bytes; "
                "narrow the query or add a LIMIT",
            )
        if finish.status != 200:
            return Response.text(finish.status, finish.cut or "the query failed")
        headers = {TRUNCATED_HEADER: str(settings.max_rows)} if finish.cut else {}
        ending = foot(start.format) if start.format else b""
        return Response(200, body + ending, start.content_type, headers, finish.rows)

    def _start_stream(self, start: Start, first: bytes) -> bool:
        """Send the headers of a streamed answer and its first bytes; return True."""
        self._chunked = self.request_version >= "HTTP/1.1"
        self.send_response(200)
        self.send_header("Content-Type", start.content_type)
        for name, value in self._cors_headers().items():
            self.send_header(name, value)
        if self._chunked:
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Trailer", TRUNCATED_HEADER)
        else:
            self.close_connection = True
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self._write_chunk(first)
        return True

    def _write_chunk(self, data: bytes) -> None:
        if not data:
            return
        # A client that stops reading is cut at the query's deadline, not left holding the worker.
        self.connection.settimeout(max(self._deadline - time.monotonic(), _LAST_WRITE_S))
        if self._chunked:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        else:
            self.wfile.write(data)

    def _end_stream(self, ending: bytes, truncated: str | None) -> None:
        """Write the answer's ending and, when chunked, the last chunk (with the cut as a trailer)."""
        self._write_chunk(ending)
        if self._chunked:
            trailer = f"{TRUNCATED_HEADER}: {truncated}\r\n" if truncated else ""
            self.wfile.write(f"0\r\n{trailer}\r\n".encode())


class _HTTPServer(ThreadingHTTPServer):
    """The standard library's threading server, with a deeper listen queue and at most
    ``settings.max_connections`` connections open at once (more are answered 503 and closed)."""

    daemon_threads = True
    request_queue_size = BACKLOG

    def __init__(self, address: tuple[str, int], settings: ServerSettings, pool: WorkerPool) -> None:
        self.settings = settings
        self.pool = pool
        self._slots = threading.BoundedSemaphore(settings.max_connections)
        super().__init__(address, _Handler)

    def process_request(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        """Serve the connection in a thread, or refuse it when every slot is taken."""
        if not self._slots.acquire(blocking=False):
            self._refuse_busy(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        """Serve one connection, then free its slot."""
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def _refuse_busy(self, request: socket.socket) -> None:
        limit = self.settings.max_connections
        message = f"the server is busy: {limit} connections are open, the most it takes; try again\n".encode()
        head = (
            "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"Content-Length: {len(message)}\r\nRetry-After: 1\r\nConnection: close\r\n\r\n"
        )
        try:
            request.settimeout(0.5)
            request.sendall(head.encode() + message)
            request.shutdown(socket.SHUT_WR)
            # Read what the client already sent, so closing does not reset the connection
            # before it reads the answer.
            request.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                while request.recv(65536):
                    pass
        except OSError:
            pass
        finally:
            self.shutdown_request(request)
        if self.settings.log:
            sys.stderr.write("- - - 503 - rows=- (connection limit)\n")


class _HTTPServer6(_HTTPServer):
    address_family = socket.AF_INET6


def _is_loopback(host: str) -> bool:
    """Return whether every address ``host`` resolves to is a loopback address."""
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError as error:
        raise ServerError(f"cannot resolve --host {host}: {error}") from error
    return all(ipaddress.ip_address(str(info[4][0]).split("%")[0]).is_loopback for info in infos)


class SparqlServer:
    """A running endpoint (bound, workers started); serve it with :meth:`serve_forever`.

    Use it as a context manager, or call :meth:`shutdown` from another thread to stop it.
    """

    def __init__(self, http_server: _HTTPServer, pool: WorkerPool) -> None:
        self._http = http_server
        self._pool = pool
        self._serving = threading.Event()
        host, port = http_server.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{host}]" if ":" in host else host
        self.host = host
        self.port = int(port)
        self.url = f"http://{shown}:{port}/sparql"
        """The query URL, e.g. ``http://127.0.0.1:8000/sparql``."""

    @property
    def sandboxed(self) -> bool:
        """Return whether the query workers run with outgoing network connections forbidden."""
        return self._pool.sandboxed

    def serve_forever(self) -> None:
        """Answer requests until :meth:`shutdown` is called; returns nothing."""
        self._serving.set()
        try:
            self._http.serve_forever()
        finally:
            self._serving.clear()

    def start(self) -> threading.Thread:
        """Serve from a daemon thread and return it (for tests and notebooks)."""
        thread = threading.Thread(target=self.serve_forever, name="councilkg-serve", daemon=True)
        thread.start()
        return thread

    def shutdown(self) -> None:
        """Stop serving, stop the workers and free the port; returns nothing."""
        if self._serving.is_set():
            self._http.shutdown()
        self._http.server_close()
        self._pool.close()

    def __enter__(self) -> SparqlServer:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.shutdown()


def make_server(
    store_path: str | Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    allow_remote: bool = False,
    timeout_s: float = 30.0,
    max_rows: int = 10_000,
    max_answer_bytes: int = 100_000_000,
    max_request_bytes: int = 1_000_000,
    memory_mb: int = 1024,
    cors_origins: tuple[str, ...] | list[str] = (),
    allow_hosts: tuple[str, ...] | list[str] = (),
    max_connections: int = 64,
    workers: int = 2,
    log: bool = True,
) -> SparqlServer:
    """Return a read-only SPARQL endpoint over the store at ``store_path``, bound and ready to serve.

    Args:
        store_path: an on-disk councilkg store (it may be rebuilt while served: workers reopen it).
        host: the address to bind; anything but a loopback address needs ``allow_remote``.
        port: the port; 0 picks a free one (see :attr:`SparqlServer.url`).
        allow_remote: consent to listen on a non-loopback address.
        timeout_s: seconds a query may run, its answer sent included, before it is stopped
            (503, or a note at the end of an answer already streaming).
        max_rows: rows (solutions or triples) per answer; more are cut, with the
            ``X-Councilkg-Truncated`` header (or a note at the end of a streamed answer).
        max_answer_bytes: bytes per answer; more are cut (413 when nothing was sent yet).
        max_request_bytes: the largest request body or URL accepted.
        memory_mb: megabytes of heap each query worker may use (``RLIMIT_DATA``); a query that
            needs more is stopped (503).
        cors_origins: origins allowed to call the endpoint from a browser (``"*"`` for any);
            none by default.
        allow_hosts: host names besides the address served (and ``localhost``) that requests may
            name in their ``Host`` header (a reverse proxy's, a machine's name).
        max_connections: connections served at once; more are answered 503.
        workers: query worker processes (queries of any length running at once); one more, the
            spare, answers short queries when they are all busy (a query may run there 1 s).
        log: write a line per request (method, path, status, time, rows) to stderr.

    Raises:
        StoreError: there is no store at ``store_path``.
        ServerError: the host needs ``allow_remote``, the port is in use, a limit is not positive,
            or the workers fail to start.
    """
    limits = (timeout_s, max_answer_bytes, max_request_bytes, memory_mb, max_connections, workers)
    if min(limits) <= 0 or max_rows < 0:
        raise ServerError(
            "timeout, answer bytes, request bytes, memory, connections and workers must be positive numbers"
        )
    # A host given by name (not an address, not localhost) is a name of ours too.
    names = allowed_names([*allow_hosts, *([host] if not is_address(host) and host != "localhost" else [])])
    EmbeddedStore.open(store_path, read_only=True).close()  # a clear StoreError before anything starts
    if not allow_remote and not _is_loopback(host):
        raise ServerError(
            f"--host {host} would expose the store to the network; add --allow-remote if that is intended"
        )
    audience = Audience(host, port, names, frozenset(cors_origins))
    settings = ServerSettings(
        audience, timeout_s, max_rows, max_answer_bytes, max_request_bytes, max_connections, log
    )
    pool = WorkerPool(store_path, workers, memory_mb)
    server_class = _HTTPServer6 if ":" in host else _HTTPServer
    try:
        http_server = server_class((host, port), settings, pool)
    except OSError as error:
        pool.close()
        if error.errno == errno.EADDRINUSE:
            raise ServerError(f"port {port} on {host} is in use; choose another with --port") from error
        raise ServerError(f"cannot listen on {host}:{port}: {error.strerror or error}") from error
    bound_host, bound_port = http_server.server_address[:2]
    bound = Audience(str(bound_host), int(bound_port), names, audience.cors_origins)
    http_server.settings = replace(settings, audience=bound)
    return SparqlServer(http_server, pool)
