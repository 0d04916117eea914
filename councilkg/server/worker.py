"""Query workers: processes that run queries on a read-only store and can be killed when too slow.

pyoxigraph releases the GIL while a query runs but has no timeout and no way to interrupt a
query (an aggregate or ``ORDER BY`` does all its work in one call), so each query runs in a
worker process; a worker that overruns its time is killed and replaced. Workers open the store
read-only, which is a snapshot: before each query a worker compares the store folder's listing
(names, sizes, modification times: a few dozen ``stat`` calls) with the one it opened, and opens
the store again only when a writer has changed it.

On Linux a worker also forbids itself, with a seccomp filter, to create IPv4/IPv6 sockets: the
query text is checked for ``SERVICE`` before it runs, and this makes a miss harmless.

Each worker caps its own memory with ``RLIMIT_DATA`` (heap and private mappings; not the address
space, since the store maps its files): a query that needs more fails to allocate, and the worker
exits (a Python ``MemoryError``) or is aborted by the store's allocator. Either way the server
sees the worker gone, answers "the query needed more memory than this endpoint allows", and
starts another. A worker answers in messages (:mod:`~councilkg.server.execute`), so the server
streams an answer while it is produced and can stop it at any point.

A hostile query holds its worker until it hits the memory cap or the timeout (seconds, up to
``--timeout``), and a query waiting for a worker spent almost all its time queueing (measured: a
normal query beside a memory bomb in each of two workers waited 2.7-3.2 s of its 2.8-3.3 s; beside
a CPU-bound one in each, until its own timeout). So the pool keeps one more worker, the *spare*,
for short queries: a query takes it only when every other worker is busy, and there it may run
:data:`SPARE_SECONDS` at most (then it is stopped with a 503 saying the server is busy), so the
spare is never held for long whatever is sent. (Lowering a long query's CPU priority was tried
too: on two cores it changed nothing measurable for the short query, since a short query needs
little CPU; what it waited for was a worker.)
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import platform
import resource
import signal
import struct
import sys
import threading
import time
from collections.abc import Generator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from pathlib import Path

import pyoxigraph as ox

from councilkg.errors import StoreError
from councilkg.server.errors import QueryMemoryError, QueryTimeoutError, RequestError, ServerError
from councilkg.server.execute import Finish, Job, Message, Reply, run_job
from councilkg.server.pages import PageJob, answer_page
from councilkg.store.embedded import EmbeddedStore

MEMORY_EXIT = 3
"""A worker's exit code after a Python ``MemoryError``."""
_OUT_OF_MEMORY = {MEMORY_EXIT, -signal.SIGABRT, -signal.SIGKILL}
"""How a worker over its memory cap ends: our exit, the allocator's abort, or the kernel's kill."""
SPARE_SECONDS = 1.0
"""The longest a query may run in the spare worker (the one kept for short queries)."""


class _Snapshot:
    """The store as a worker last opened it, and the IRIs of its public named graphs."""

    def __init__(self, location: str) -> None:
        self.location = location
        self._signature: tuple[tuple[str, int, int], ...] | None = None
        self.store: ox.Store | None = None
        self.embedded: EmbeddedStore | None = None
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
            plan_store = EmbeddedStore.open(self.location, read_only=True)
            self.public = frozenset(str(graph) for graph in plan_store.graphs())
            # EmbeddedStore.query() builds every row in memory; streaming up to the row cap needs the
            # pyoxigraph store itself. Item pages read through the protocol (the library's analysis).
            self.store = plan_store.ox_store
            self.embedded = plan_store
            self._signature = listing
        return self.store

    def embedded_store(self) -> EmbeddedStore:
        """Return the store as an :class:`EmbeddedStore` (the ``Store`` protocol), reopened as
        :meth:`current` reopens it."""
        self.current()
        assert self.embedded is not None
        return self.embedded


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


def _limit_memory(limit_mb: int) -> None:
    """Cap this process's heap and private mappings at ``limit_mb`` megabytes; returns nothing."""
    limit = limit_mb * 1024 * 1024
    with contextlib.suppress(ValueError, OSError):  # a platform without RLIMIT_DATA keeps going
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


def _worker_main(location: str, connection: Connection, limit_mb: int) -> None:
    """Answer jobs from ``connection`` until it closes; the first message says if the sandbox is on."""
    # Ctrl-C reaches the whole process group; the server stops its workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ["RUST_BACKTRACE"] = "0"  # an allocation failure prints one line, not a backtrace
    _limit_memory(limit_mb)
    connection.send(_deny_network())
    snapshot = _Snapshot(location)
    while True:
        try:
            job = connection.recv()
            if isinstance(job, PageJob):
                connection.send(answer_page(snapshot.embedded_store, job))
            else:
                run_job(snapshot, job, connection.send)
        except (EOFError, OSError):
            return  # the server closed the connection, or stopped reading this answer
        except MemoryError:
            os._exit(MEMORY_EXIT)  # nothing can be trusted to allocate now; the server reports it


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    connection: Connection
    spare: bool = False


def _context() -> ForkServerContext | SpawnContext:
    """Return a start method safe in a threaded server: forkserver on Linux, else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context: ForkServerContext = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")


class WorkerPool:
    """Worker processes over one store; :meth:`answer` borrows one per query.

    ``size`` workers take any query, and one more, the spare, takes a query only when they are
    all busy and stops it after :data:`SPARE_SECONDS` (see the module's docstring). Each worker
    may use up to ``memory_mb`` megabytes of heap (``RLIMIT_DATA``).
    """

    def __init__(
        self, location: str | Path, size: int = 2, memory_mb: int = 1024, spare: bool = True
    ) -> None:
        if size < 1:
            raise ValueError("a worker pool needs at least one worker")
        self.location = str(location)
        self.memory_mb = memory_mb
        self._context = _context()
        self._free: list[_Worker] = []
        self._free_spare: list[_Worker] = []
        self._ready = threading.Condition()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.sandboxed = True
        for _ in range(size):
            self._give(self._start(spare=False))
        if spare:
            self._give(self._start(spare=True))

    def _start(self, spare: bool) -> _Worker:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(
            target=_worker_main,
            args=(self.location, theirs, self.memory_mb),
            name="councilkg-query",
            daemon=True,
        )
        process.start()
        theirs.close()
        try:
            self.sandboxed = self.sandboxed and bool(ours.recv())
        except (EOFError, OSError) as error:
            process.join()
            raise ServerError(f"a query worker failed to start (exit code {process.exitcode})") from error
        worker = _Worker(process, ours, spare)
        with self._lock:
            self._all.add(worker)
        return worker

    def _give(self, worker: _Worker) -> None:
        """Make ``worker`` free for the next query; returns nothing."""
        with self._ready:
            (self._free_spare if worker.spare else self._free).append(worker)
            self._ready.notify()

    def _take(self, deadline: float, timeout_s: float) -> _Worker:
        """Return a free worker, the spare only when no other is free, waiting until ``deadline``.

        Raises:
            QueryTimeoutError: none was free by then.
        """
        with self._ready:
            while not (self._free or self._free_spare):
                if not self._ready.wait(deadline - time.monotonic()) and time.monotonic() >= deadline:
                    raise QueryTimeoutError(
                        f"the server is busy: no query worker was free within {timeout_s:g} s"
                    )
            return self._free.pop() if self._free else self._free_spare.pop()

    def _discard(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join()
        worker.connection.close()
        with self._lock:
            self._all.discard(worker)

    def pids(self) -> list[int]:
        """Return the process ids of the running workers."""
        with self._lock:
            return [worker.process.pid for worker in self._all if worker.process.pid is not None]

    def answer(self, job: Job | PageJob, timeout_s: float) -> Generator[Message, None, None]:
        """Yield a worker's answer to ``job``: one :class:`Reply`, or a ``Start``, pieces and a
        ``Finish``. Closing the iterator early stops the worker (it is replaced).

        Raises:
            QueryTimeoutError: no worker was free, or the answer was not complete, within
                ``timeout_s`` (in the spare worker, :data:`SPARE_SECONDS`).
            QueryMemoryError: the query needed more memory than a worker may use.
            RequestError: the worker stopped for another reason (500).
        """
        deadline = time.monotonic() + timeout_s
        worker = self._take(deadline, timeout_s)
        if worker.spare:
            deadline = min(deadline, time.monotonic() + SPARE_SECONDS)
        finished = False
        try:
            worker.connection.send(job)
            while True:
                if not worker.connection.poll(max(0.0, deadline - time.monotonic())):
                    raise self._overrun(worker, timeout_s)
                try:
                    message: Message = worker.connection.recv()
                except (EOFError, OSError):
                    raise self._stopped(worker) from None
                finished = isinstance(message, (Reply, Finish))
                yield message
                if finished:
                    return
        finally:
            if finished:
                self._give(worker)
            else:
                self._replace(worker)

    def run(self, job: Job | PageJob, timeout_s: float) -> list[Message]:
        """Return a worker's whole answer to ``job`` as its list of messages (see :meth:`answer`)."""
        return list(self.answer(job, timeout_s))

    @staticmethod
    def _overrun(worker: _Worker, timeout_s: float) -> QueryTimeoutError:
        """Return the error for a query that ran out of time (in the spare: of its short time)."""
        if worker.spare and timeout_s > SPARE_SECONDS:
            return QueryTimeoutError(
                f"the server is busy with long queries: this one was stopped after {SPARE_SECONDS:g} s "
                "in the worker kept for short queries; try again later"
            )
        return QueryTimeoutError(f"query stopped after {timeout_s:g} s; narrow it or add a LIMIT")

    def _stopped(self, worker: _Worker) -> RequestError:
        """Return the error for a worker that ended mid-job (it is waited for first)."""
        worker.process.join(timeout=5)
        code = worker.process.exitcode
        if code in _OUT_OF_MEMORY:
            return QueryMemoryError(self.memory_mb)
        return RequestError(
            500, f"the query worker stopped unexpectedly (exit code {code}); try a smaller query"
        )

    def _replace(self, worker: _Worker) -> None:
        self._discard(worker)
        if not self._closed:
            self._give(self._start(worker.spare))

    def close(self) -> None:
        """Stop every worker; returns nothing."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._discard(worker)
