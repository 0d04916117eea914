"""Query workers: processes that run queries on a read-only store and can be killed when too slow.

pyoxigraph releases the GIL while a query runs but has no timeout and no way to interrupt a
query (an aggregate or ``ORDER BY`` does all its work in one call), so each query runs in a
worker process; a worker that overruns its time is killed and replaced. Workers open the store
read-only, which is a snapshot: before each query a worker compares the store folder's listing
(names, sizes, modification times: a few dozen ``stat`` calls) with the one it opened, and opens
the store again only when a writer has changed it.

On Linux a worker also forbids itself, with a seccomp filter, to create IPv4/IPv6 sockets: the
query text is checked for ``SERVICE`` before it is sent, and this makes a miss harmless.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import platform
import queue
import signal
import struct
import sys
import threading
import time
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from pathlib import Path

import pyoxigraph as ox

from councilkg.errors import CouncilKGError, StoreError
from councilkg.graph.store import PlanStore, first_line
from councilkg.ontology.vocab import PREFIXES
from councilkg.server.errors import QueryTimeoutError, ServerError
from councilkg.server.formats import (
    FORMATS,
    GRAPH_FORMATS,
    SOLUTION_FORMATS,
    ResultFormat,
    serialize_boolean,
    serialize_solutions,
    serialize_triples,
)


@dataclass(frozen=True)
class Job:
    """A query to run: the formats chosen for solutions and for triples (``None``: none acceptable),
    the dataset (``None``: the public dataset; else default and named graph IRIs, kept only when
    public) and the row cap."""

    query: str
    solutions_format: str | None
    graph_format: str | None
    max_rows: int
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Reply:
    """A worker's answer: HTTP status, Content-Type, body, rows (solutions or triples; ``None``
    for ASK and errors) and whether rows were cut to the cap."""

    status: int
    content_type: str
    body: bytes
    rows: int | None = None
    truncated: bool = False

    @classmethod
    def text(cls, status: int, message: str) -> Reply:
        """Return a short text/plain reply."""
        return cls(status, "text/plain; charset=utf-8", (message + "\n").encode())


# id: is left out: Turtle would escape every "/" of an instance IRI's local name (id:plan\/lambeth\/...).
_GRAPH_PREFIXES = {name: iri for name, iri in PREFIXES.items() if name != "id"}


class _Snapshot:
    """The store as a worker last opened it, and the IRIs of its public named graphs."""

    def __init__(self, location: str) -> None:
        self.location = location
        self._signature: tuple[tuple[str, int, int], ...] | None = None
        self.store: ox.Store | None = None
        self.public: frozenset[str] = frozenset()

    def _listing(self) -> tuple[tuple[str, int, int], ...]:
        entries = []
        with os.scandir(self.location) as scan:
            for entry in scan:
                with contextlib.suppress(FileNotFoundError):  # a writer may delete it meanwhile
                    stat = entry.stat()
                    entries.append((entry.name, stat.st_size, stat.st_mtime_ns))
        return tuple(sorted(entries))

    def current(self, force: bool = False) -> ox.Store:
        """Return the store, opened again first when its folder changed (or when ``force``)."""
        try:
            listing = self._listing()
        except OSError as error:
            raise StoreError(f"store {self.location} is gone: {error}") from error
        if force or self.store is None or listing != self._signature:
            plan_store = PlanStore.open(self.location, read_only=True)
            self.public = frozenset(str(graph) for graph in plan_store.graphs())
            # PlanStore.query() builds every row in memory; streaming up to the row cap needs the
            # pyoxigraph store itself.
            self.store = plan_store.ox_store
            self._signature = listing
        return self.store


def _deny_network() -> bool:
    """Forbid this process to create IPv4/IPv6 sockets or io_uring rings; return whether it worked.

    Linux x86-64 and arm64 only (a seccomp BPF filter; needs no privileges).
    """
    arches = {"x86_64": (0xC000003E, 41, 425), "aarch64": (0xC00000B7, 198, 425)}
    if sys.platform != "linux" or platform.machine() not in arches:
        return False
    arch, socket_call, io_uring_setup = arches[platform.machine()]
    load, jeq, jge, ret = 0x20, 0x15, 0x35, 0x06
    allow, deny = 0x7FFF0000, 0x00050000 | 13  # SECCOMP_RET_ALLOW, SECCOMP_RET_ERRNO | EACCES
    program = [  # (code, jump if true, jump if false, k); jumps count from the next instruction
        (load, 0, 0, 4),  # seccomp_data.arch
        (jeq, 0, 8, arch),
        (load, 0, 0, 0),  # seccomp_data.nr
        (jge, 6, 0, 0x40000000),  # x32 system calls
        (jeq, 5, 0, io_uring_setup),
        (jeq, 0, 3, socket_call),
        (load, 0, 0, 16),  # socket()'s first argument: the address family
        (jeq, 2, 0, 2),  # AF_INET
        (jeq, 1, 0, 10),  # AF_INET6
        (ret, 0, 0, allow),
        (ret, 0, 0, deny),
    ]
    code = b"".join(struct.pack("HBBI", *instruction) for instruction in program)
    buffer = ctypes.create_string_buffer(code)

    class _Program(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    fprog = _Program(len(program), ctypes.cast(buffer, ctypes.c_void_p))
    libc = ctypes.CDLL(None, use_errno=True)
    no_new_privs, set_seccomp, filter_mode = 38, 22, 2
    if libc.prctl(no_new_privs, 1, 0, 0, 0) != 0:
        return False
    return bool(libc.prctl(set_seccomp, filter_mode, ctypes.byref(fprog), 0, 0) == 0)


def run_job(snapshot: _Snapshot, job: Job) -> Reply:
    """Run one job on the snapshot's store and return the reply (errors as text/plain replies)."""
    try:
        store = snapshot.current()
    except CouncilKGError as error:
        return Reply.text(503, f"store unavailable: {first_line(str(error))}")
    try:
        try:
            return _run(store, snapshot.public, job)
        except OSError as error:
            if "No such file" not in str(error):
                raise
            # A writer compacted away a file this snapshot had not opened yet: read a newer one.
            return _run(snapshot.current(force=True), snapshot.public, job)
    except SyntaxError as error:
        return Reply.text(400, f"invalid SPARQL: {first_line(str(error))}")
    except (RuntimeError, ValueError) as error:
        return Reply.text(400, f"query failed: {first_line(str(error))}")
    except (OSError, CouncilKGError) as error:
        return Reply.text(500, f"query failed reading the store: {first_line(str(error))}")


def _not_acceptable(kind: str, offers: tuple[ResultFormat, ...]) -> Reply:
    types = ", ".join(offer.media_types[0] for offer in offers)
    return Reply.text(406, f"no acceptable format: {kind} results can be sent as {types}")


def _run(store: ox.Store, public: frozenset[str], job: Job) -> Reply:
    default: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph]
    named: list[ox.NamedNode | ox.BlankNode]
    if job.default_graphs is None and job.named_graphs is None:
        default = [ox.DefaultGraph()]
        named = [ox.NamedNode(graph) for graph in sorted(public)]
    else:
        # Always pass both lists: they override FROM / FROM NAMED in the query text, so nothing
        # outside the public graphs can be reached whatever the text says.
        default = [ox.NamedNode(g) for g in job.default_graphs or () if g in public]
        named = [ox.NamedNode(g) for g in job.named_graphs or () if g in public]
    result = store.query(job.query, prefixes=PREFIXES, default_graph=default, named_graphs=named)
    if isinstance(result, ox.QueryTriples):
        if job.graph_format is None:
            return _not_acceptable("CONSTRUCT and DESCRIBE", GRAPH_FORMATS)
        triples = list(islice(result, job.max_rows + 1))
        fmt = FORMATS[job.graph_format]
        body = serialize_triples(triples[: job.max_rows], fmt, _GRAPH_PREFIXES)
        return Reply(
            200, fmt.content_type, body, min(len(triples), job.max_rows), len(triples) > job.max_rows
        )
    if job.solutions_format is None:
        return _not_acceptable("SELECT and ASK", SOLUTION_FORMATS)
    fmt = FORMATS[job.solutions_format]
    if isinstance(result, ox.QueryBoolean):
        return Reply(200, fmt.content_type, serialize_boolean(result, fmt))
    variables = [variable.value for variable in result.variables]
    rows = list(islice(result, job.max_rows + 1))
    body = serialize_solutions(variables, rows[: job.max_rows], fmt)
    return Reply(200, fmt.content_type, body, min(len(rows), job.max_rows), len(rows) > job.max_rows)


def _worker_main(location: str, connection: Connection) -> None:
    """Answer jobs from ``connection`` until it closes; the first message says if the sandbox is on."""
    # Ctrl-C reaches the whole process group; the server stops its workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    connection.send(_deny_network())
    snapshot = _Snapshot(location)
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        connection.send(run_job(snapshot, job))


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    connection: Connection


def _context() -> ForkServerContext | SpawnContext:
    """Return a start method safe in a threaded server: forkserver on Linux, else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context: ForkServerContext = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")


class WorkerPool:
    """A fixed number of worker processes over one store; :meth:`run` borrows one per query."""

    def __init__(self, location: str | Path, size: int = 2) -> None:
        if size < 1:
            raise ValueError("a worker pool needs at least one worker")
        self.location = str(location)
        self._context = _context()
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.sandboxed = True
        for _ in range(size):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(
            target=_worker_main, args=(self.location, theirs), name="councilkg-query", daemon=True
        )
        process.start()
        theirs.close()
        try:
            self.sandboxed = self.sandboxed and bool(ours.recv())
        except (EOFError, OSError) as error:
            process.join()
            raise ServerError(f"a query worker failed to start (exit code {process.exitcode})") from error
        worker = _Worker(process, ours)
        with self._lock:
            self._all.add(worker)
        return worker

    def _discard(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join()
        worker.connection.close()
        with self._lock:
            self._all.discard(worker)

    def run(self, job: Job, timeout_s: float) -> Reply:
        """Return a worker's reply to ``job``.

        Raises:
            QueryTimeoutError: no worker was free, or the query did not finish, within ``timeout_s``
                (the worker is then killed and replaced).
        """
        deadline = time.monotonic() + timeout_s
        try:
            worker = self._idle.get(timeout=timeout_s)
        except queue.Empty:
            raise QueryTimeoutError(
                f"the server is busy: no query worker was free within {timeout_s:g} s"
            ) from None
        try:
            worker.connection.send(job)
            if worker.connection.poll(max(0.0, deadline - time.monotonic())):
                reply: Reply = worker.connection.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError):
            self._replace(worker)
            return Reply.text(
                500, "the query worker stopped unexpectedly (out of memory?); try a smaller query"
            )
        self._replace(worker)
        raise QueryTimeoutError(f"query stopped after {timeout_s:g} s; narrow it or add a LIMIT")

    def _replace(self, worker: _Worker) -> None:
        self._discard(worker)
        if not self._closed:
            self._idle.put(self._start())

    def close(self) -> None:
        """Stop every worker; returns nothing."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._discard(worker)
