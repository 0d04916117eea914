"""``councilkg serve`` under hostile requests: each attack of issue 18 and a few neighbours.

Every attack ends with a one-line error or a correct answer, within a small budget of time and
memory, and the server goes on answering. Servers here use small limits (a 200 MB worker memory
cap, 2 MB answers, 20,000 rows) so each test takes seconds; the last test runs the real command
line in its own process.
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
from rdflib.query import Result

from councilkg.server import SparqlServer, make_server
from councilkg.server.endpoint import BACKLOG

#: Small, with room for the store's own threads: a worker opening the store needs about 200 MB.
MEMORY_MB = 256
MAX_ROWS = 20_000
MAX_BYTES = 2_000_000
TIMEOUT_S = 30  # the hostile server's deadline; a memory bomb must be cut by the cap before it
COUNT_ACTIONS = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a ckg:Action }"
ACTIONS = b'"value":"281"'
MEMORY_MESSAGE = f"the query needed more memory than this endpoint allows: {MEMORY_MB} MB\n".encode()
MEMORY_BOMBS = {
    "cartesian ORDER BY (the attack)": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i",
    "cartesian MINUS, sorted": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f MINUS { ?a ?b ?f } } ORDER BY ?a",
    "CONSTRUCT sorted": "CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i",
    "cartesian GROUP BY": (
        "SELECT ?a ?d ?g (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?a ?d ?g"
    ),
}


@pytest.fixture(scope="module")
def hostile(built_store_path: Path) -> Iterator[SparqlServer]:
    """Yield a server with small limits, two workers."""
    with make_server(
        built_store_path,
        port=0,
        log=False,
        workers=2,
        timeout_s=TIMEOUT_S,
        memory_mb=MEMORY_MB,
        max_rows=MAX_ROWS,
        max_answer_bytes=MAX_BYTES,
        max_connections=8,
    ) as server:
        server.start()
        yield server


def ask(
    server: SparqlServer,
    query: str,
    accept: str = "application/sparql-results+json",
    headers: dict[str, str] | None = None,
    method: str = "GET",
) -> tuple[int, dict[str, str], bytes, float]:
    """Return status, headers (lower-case), body and seconds of one query."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    started = time.monotonic()
    if method == "GET":
        connection.request(
            "GET", "/sparql?" + urlencode({"query": query}), headers={"Accept": accept, **(headers or {})}
        )
    else:
        body = query.encode()
        connection.request(
            "POST",
            "/sparql",
            body=body,
            headers={"Accept": accept, "Content-Type": "application/sparql-query", **(headers or {})},
        )
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body, time.monotonic() - started


def raw(server: SparqlServer, data: bytes, wait: float = 5.0) -> bytes:
    """Return everything the server sends back for the raw bytes ``data`` until it closes or pauses."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=wait) as connection:
        connection.sendall(data)
        received = b""
        try:
            while chunk := connection.recv(65536):
                received += chunk
        except TimeoutError:
            pass
    return received


def statuses(answer: bytes) -> list[int]:
    """Return the status code of each HTTP response in ``answer``."""
    return [int(code) for code in re.findall(rb"^HTTP/1\.[01] (\d{3}) ", answer, re.MULTILINE)]


def rss_mb(pid: int) -> float:
    """Return a process's resident memory in MB (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def descendants(pid: int) -> list[int]:
    """Return the ids of a process's descendants (Linux ``/proc``)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as stat:
                    parents[int(entry)] = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        children = [child for child, of in parents.items() if of == parent]
        found += children
        frontier += children
    return found


class PeakMemory:
    """Sample the resident memory of some processes every 20 ms, keeping each one's peak."""

    def __init__(self, pids: Iterator[int] | list[int] | None = None, watch: int | None = None) -> None:
        self._fixed = list(pids or [])
        self._watch = watch
        self.peak: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            pids = self._fixed + (descendants(self._watch) if self._watch else [])
            for pid in pids:
                self.peak[pid] = max(self.peak.get(pid, 0.0), rss_mb(pid))

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


linux_only = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")


# -- 1. memory ----------------------------------------------------------------------------------


@linux_only
@pytest.mark.parametrize("name", MEMORY_BOMBS)
def test_a_query_over_the_memory_cap_is_one_503_line_and_the_server_goes_on(
    hostile: SparqlServer, name: str
) -> None:
    with PeakMemory(hostile._pool.pids()) as memory:
        status, headers, body, took = ask(hostile, MEMORY_BOMBS[name], accept="*/*")
    assert (status, body) == (503, MEMORY_MESSAGE), body[:200]
    assert headers["content-type"] == "text/plain; charset=utf-8"
    # The memory message, not the deadline's, proves the cap stopped it. How soon depends on how
    # fast the query grows: a GROUP BY's counts take 6 s to fill 200 MB here, 10 s on a slower CI.
    assert took < TIMEOUT_S
    assert max(memory.peak.values()) < MEMORY_MB * 1.1, memory.peak
    status, _, body, took = ask(hostile, COUNT_ACTIONS)
    assert status == 200 and ACTIONS in body
    assert took < 8  # a new worker process replaces the stopped one first


CPU_BOUND = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # little memory, much time
BUSY_MESSAGE = (
    b"the server is busy with long queries: this one was stopped after 1 s "
    b"in the worker kept for short queries; try again later\n"
)


def test_a_short_query_is_answered_within_a_second_beside_a_cpu_bound_query_in_each_worker(
    built_store_path: Path,
) -> None:
    with make_server(built_store_path, port=0, log=False, workers=2, timeout_s=4) as server:
        server.start()
        answers: list[tuple[int, bytes]] = []

        def fire() -> None:
            status, _, body, _ = ask(server, CPU_BOUND)
            answers.append((status, body))

        threads = [threading.Thread(target=fire) for _ in range(2)]
        for thread in threads:
            thread.start()
        time.sleep(0.3)  # both workers are busy until the 4 s deadline
        for _ in range(3):
            status, _, body, took = ask(server, COUNT_ACTIONS)
            assert status == 200 and ACTIONS in body
            assert took < 1.0, took
        # A long query finding every worker busy runs in the spare only for a second.
        status, _, body, took = ask(server, CPU_BOUND)
        assert (status, body) == (503, BUSY_MESSAGE)
        # stopped by the spare's 1 s, not the 4 s query timeout (1.4 s on a quiet 2-core machine; up
        # to 2.7 s seen while the two CPU-bound queries hold both cores under a loaded test run)
        assert took < 3.5, took
        for thread in threads:
            thread.join(timeout=30)
        assert answers == [(503, b"query stopped after 4 s; narrow it or add a LIMIT\n")] * 2
        assert ask(server, COUNT_ACTIONS)[0] == 200


# -- 2. streaming and the byte cap --------------------------------------------------------------

BIG_SELECT = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"
BIG_CONSTRUCT = "CONSTRUCT { ?a ?e ?d } WHERE { ?a ?b ?c . ?d ?e ?f }"
NOTE_BYTES = f"cut at {MAX_BYTES} bytes (the endpoint's limit)"


def _json_rows(body: bytes) -> int:
    document = json.loads(body)
    assert document["x-councilkg-truncated"] == NOTE_BYTES
    return len(Result.parse(io.BytesIO(body), format="json"))


def _xml_rows(body: bytes) -> int:
    assert body.endswith(f"</results><!-- {NOTE_BYTES} --></sparql>".encode())
    return len(list(ox.parse_query_results(body, format=ox.QueryResultsFormat.XML)))  # type: ignore[arg-type]


def _csv_rows(body: bytes) -> int:
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert rows[-1] == [f"# {NOTE_BYTES}"]
    return len(rows) - 2


def _tsv_rows(body: bytes) -> int:
    lines = body.decode().split("\n")
    assert lines[-2:] == [f"# {NOTE_BYTES}", ""]
    return len(lines) - 3


def _rdf(rdf_format: ox.RdfFormat, ending: bytes) -> object:
    def rows(body: bytes) -> int:
        assert body.endswith(ending)
        return len(list(ox.parse(body, format=rdf_format)))

    return rows


STREAMED = {
    "application/sparql-results+json": (BIG_SELECT, _json_rows),
    "application/sparql-results+xml": (BIG_SELECT, _xml_rows),
    "text/csv": (BIG_SELECT, _csv_rows),
    "text/tab-separated-values": (BIG_SELECT, _tsv_rows),
    "text/turtle": (BIG_CONSTRUCT, _rdf(ox.RdfFormat.TURTLE, f"# {NOTE_BYTES}\n".encode())),
    "application/n-triples": (BIG_CONSTRUCT, _rdf(ox.RdfFormat.N_TRIPLES, f"# {NOTE_BYTES}\n".encode())),
    "application/ld+json": (
        BIG_CONSTRUCT,
        _rdf(ox.RdfFormat.JSON_LD, f',{{"x-councilkg-truncated":"{NOTE_BYTES}"}}]'.encode()),
    ),
    "application/rdf+xml": (
        BIG_CONSTRUCT,
        _rdf(ox.RdfFormat.RDF_XML, f"<!-- {NOTE_BYTES} -->\n</rdf:RDF>".encode()),
    ),
}


@pytest.mark.parametrize("accept", STREAMED)
def test_a_long_answer_is_streamed_and_cut_at_the_byte_cap_with_a_note(
    hostile: SparqlServer, accept: str
) -> None:
    query, count_rows = STREAMED[accept]
    status, headers, body, took = ask(hostile, query, accept)
    assert status == 200
    assert headers["transfer-encoding"] == "chunked"
    assert "content-length" not in headers
    assert MAX_BYTES - 100_000 < len(body) <= MAX_BYTES + 200, len(body)
    assert count_rows(body) > 1000  # type: ignore[operator]
    assert took < 15


def test_a_long_answer_cut_at_the_row_cap_says_so_at_its_end(hostile: SparqlServer) -> None:
    status, headers, body, _ = ask(hostile, "SELECT ?b WHERE { ?a ?b ?c }", "text/csv")
    assert (status, headers["transfer-encoding"]) == (200, "chunked")
    lines = body.decode().split("\r\n")
    assert lines[-2:] == [f"# cut at {MAX_ROWS} rows (the endpoint's limit)", ""]
    assert len(lines) == MAX_ROWS + 3  # the header, the rows, the note, the final line end


def test_a_short_answer_is_sent_whole_with_its_length(hostile: SparqlServer) -> None:
    status, headers, body, _ = ask(hostile, "SELECT ?a WHERE { ?a a ckg:Action } LIMIT 10", "text/csv")
    assert (status, int(headers["content-length"]), len(body.splitlines())) == (200, len(body), 11)


def test_a_byte_cap_hit_before_the_first_byte_is_one_413_line(built_store_path: Path) -> None:
    with make_server(built_store_path, port=0, log=False, workers=1, max_answer_bytes=5_000) as small:
        small.start()
        status, _, body, _ = ask(small, "SELECT ?a WHERE { ?a a ckg:Action }")
        assert (status, body) == (
            413,
            b"the answer is over the limit of 5000 bytes; narrow the query or add a LIMIT\n",
        )
        assert ask(small, COUNT_ACTIONS)[0] == 200


def test_a_timeout_after_streaming_began_is_stated_at_the_end(built_store_path: Path) -> None:
    with make_server(built_store_path, port=0, log=False, workers=1, timeout_s=1, max_rows=10**9) as slow:
        slow.start()
        status, headers, body, took = ask(slow, BIG_SELECT, "text/csv")
        assert (
            status,
            headers["transfer-encoding"],
            headers.get("connection", ""),
        ) == (
            200,
            "chunked",
            "",
        )
        assert body.endswith(b"\r\n# query stopped after 1 s; narrow it or add a LIMIT\r\n")
        assert took < 5
        assert ask(slow, COUNT_ACTIONS)[0] == 200


def test_a_client_that_stops_reading_frees_its_worker_at_the_deadline(built_store_path: Path) -> None:
    with make_server(built_store_path, port=0, log=False, workers=1, timeout_s=2, max_rows=10**9) as slow:
        slow.start()
        stalled = socket.create_connection(("127.0.0.1", slow.port), timeout=10)
        stalled.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        query = urlencode({"query": BIG_SELECT})
        stalled.sendall(
            f"GET /sparql?{query} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/csv\r\n\r\n".encode()
        )
        try:
            # The answer streams into full buffers and nobody reads it. The second query comes late
            # enough that its own 2 s wait for a worker outlasts the first's deadline (2 s) and the
            # stopped worker's replacement (a new process, slow on a loaded machine).
            time.sleep(1.5)
            status, _, body, took = ask(slow, COUNT_ACTIONS)
            assert status == 200 and ACTIONS in body
            assert took < 8, took
        finally:
            stalled.close()


# -- 3. the query's text ------------------------------------------------------------------------

LEXER_BOMBS = {
    "dotted names (the attack)": "SELECT * WHERE { ?s ?p ?o } " + "a." * 24_000,
    "SERVICE then hashes": "SELECT * WHERE { SERVICE " + "#" * 48_000 + "\n}",
    "dotted words": "SELECT * WHERE { ?s ?p ?o } " + "ab.cd." * 8_000,
}


@pytest.mark.parametrize("name", LEXER_BOMBS)
def test_crafted_query_text_is_answered_within_a_second(hostile: SparqlServer, name: str) -> None:
    status, _, body, took = ask(hostile, LEXER_BOMBS[name], method="POST")
    assert status == 400 and body.count(b"\n") == 1, body[:200]
    assert took < 3


# -- 4. Host and Origin -------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["attacker.example", "attacker.example:8000", "127.0.0.1.nip.io", "[::2]"])
def test_a_host_that_is_not_the_address_served_gets_421(hostile: SparqlServer, host: str) -> None:
    for path in ("/", "/sparql?query=ASK%7B%7D"):
        answer = raw(hostile, f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        assert statuses(answer) == [421]
        assert b"this endpoint does not answer for host" in answer


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "LOCALHOST"])
def test_the_address_and_localhost_are_answered(hostile: SparqlServer, host: str) -> None:
    answer = raw(
        hostile, f"GET / HTTP/1.1\r\nHost: {host}:{hostile.port}\r\nConnection: close\r\n\r\n".encode()
    )
    assert statuses(answer) == [200]


def test_two_hosts_are_refused(hostile: SparqlServer) -> None:
    request = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
    assert statuses(raw(hostile, request.encode())) == [400]


def test_allow_host_names_another_host(built_store_path: Path) -> None:
    with make_server(built_store_path, port=0, log=False, workers=1, allow_hosts=["kg.example"]) as named:
        named.start()
        request = "GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: KG.example:80\r\nConnection: close\r\n\r\n"
        assert statuses(raw(named, request.encode())) == [200]
        # its own page, served through a proxy at https://kg.example, may query it
        assert ask(named, "ASK {}", headers={"Origin": "https://kg.example"}, method="POST")[0] == 200
        assert ask(named, "ASK {}", headers={"Origin": "http://localhost:3000"}, method="POST")[0] == 403


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://attacker.example"},
        {"Origin": "null"},
        {"Origin": "http://127.0.0.1:1"},
        {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors"},
        {"Sec-Fetch-Site": "same-site", "Sec-Fetch-Mode": "cors"},
    ],
)
def test_queries_from_other_origins_pages_get_403(hostile: SparqlServer, headers: dict[str, str]) -> None:
    for method in ("GET", "POST"):
        status, _, body, _ = ask(hostile, COUNT_ACTIONS, headers=headers, method=method)
        assert status == 403 and body.count(b"\n") == 1
        assert b"--cors-origin" in body


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"},  # a link followed
        {"Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors"},
        {"Sec-Fetch-Site": "none", "Sec-Fetch-Mode": "navigate"},  # typed in the address bar
        {},  # curl, SPARQLWrapper
    ],
)
def test_links_own_pages_and_programs_still_query(hostile: SparqlServer, headers: dict[str, str]) -> None:
    assert ask(hostile, COUNT_ACTIONS, headers=headers)[0] == 200


def test_the_own_page_may_query_and_any_page_may_link_to_the_page(hostile: SparqlServer) -> None:
    own = {"Origin": f"http://127.0.0.1:{hostile.port}", "Sec-Fetch-Site": "same-origin"}
    assert ask(hostile, COUNT_ACTIONS, headers=own, method="POST")[0] == 200
    page = raw(
        hostile,
        b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nSec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: no-cors\r\n"
        b"Connection: close\r\n\r\n",
    )
    assert statuses(page) == [200]


# -- 5. connections -----------------------------------------------------------------------------


def test_connections_beyond_the_cap_get_one_503_line(hostile: SparqlServer) -> None:
    idle = [socket.create_connection(("127.0.0.1", hostile.port), timeout=5) for _ in range(8)]
    try:
        time.sleep(0.2)  # let the server accept them all
        answer = raw(hostile, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert statuses(answer) == [503]
        assert answer.endswith(b"the server is busy: 8 connections are open, the most it takes; try again\n")
    finally:
        for connection in idle:
            connection.close()
    time.sleep(0.2)
    assert ask(hostile, COUNT_ACTIONS)[0] == 200


@pytest.mark.skipif(sys.platform != "linux", reason="reads the backlog with ss")
def test_the_listen_backlog_is_deep(hostile: SparqlServer) -> None:
    listing = subprocess.run(
        ["ss", "-ltnH", f"sport = :{hostile.port}"], capture_output=True, text=True, check=False
    ).stdout.split()
    if not listing:
        pytest.skip("ss shows no listening socket here")
    assert int(listing[2]) == BACKLOG == 128  # Send-Q of a listening socket is its backlog


# -- 6. framing ---------------------------------------------------------------------------------

FRAMING = {
    "negative length": (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n", 400),
    "not a number": (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ten\r\n\r\n", 400),
    "signed": (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: +5\r\n\r\nASK{}", 400),
    "underscored": (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1_0\r\n\r\n", 400),
    "two lengths": (
        b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nASK{}",
        400,
    ),
    "a list of lengths": (
        b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5, 6\r\n\r\nASK{}",
        400,
    ),
    "chunked": (
        b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n5\r\nASK{}\r\n0\r\n\r\n",
        400,
    ),
    "gzip": (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: gzip\r\n\r\n", 400),
    "both": (
        b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n"
        b"Transfer-Encoding: chunked\r\n\r\nASK{}",
        400,
    ),
    "too long": (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 99999999999\r\n\r\n", 413),
    "a huge number": (
        b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + b"9" * 5000 + b"\r\n\r\n",
        400,
    ),
}


@pytest.mark.parametrize("name", FRAMING)
def test_malformed_framing_is_one_line_and_the_connection_closes(hostile: SparqlServer, name: str) -> None:
    request, status = FRAMING[name]
    answer = raw(hostile, request)
    assert statuses(answer) == [status], answer[:300]
    body = answer.split(b"\r\n\r\n", 1)[1]
    assert body.count(b"\n") == 1
    assert b"Connection: close" in answer


def test_a_get_with_a_body_is_refused_and_its_body_never_read_as_a_request(hostile: SparqlServer) -> None:
    smuggled = b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    request = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: %d\r\n\r\n%s" % (len(smuggled), smuggled)
    answer = raw(hostile, request)
    assert statuses(answer) == [400]
    assert b"a GET request takes no body" in answer


def test_a_body_shorter_than_its_length_is_refused(hostile: SparqlServer) -> None:
    with socket.create_connection(("127.0.0.1", hostile.port), timeout=5) as connection:
        connection.sendall(
            b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
            b"Content-Length: 100\r\n\r\nASK{}"
        )
        connection.shutdown(socket.SHUT_WR)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    assert statuses(answer) == [400]
    assert answer.endswith(b"the request body ended after 5 of 100 bytes\n")


def test_a_repeated_equal_length_is_fine(hostile: SparqlServer) -> None:
    request = (
        b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
        b"Content-Length: 5\r\nContent-Length: 5\r\nConnection: close\r\n\r\nASK{}"
    )
    assert statuses(raw(hostile, request)) == [200]


# -- the whole: serve in its own process, a hostile query in each worker -------------------------


@linux_only
def test_serve_keeps_answering_under_a_hostile_query_in_each_worker(built_store_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "councilkg", "serve", "--store", str(built_store_path), "--port", "0",
         "--workers", "2", "--max-memory-mb", str(MEMORY_MB), "--max-answer-bytes", "20000000",
         "--max-rows", "1000000", "--quiet"],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        assert process.stderr is not None
        found = re.search(r"at http://127\.0\.0\.1:(\d+)/sparql", process.stderr.readline())
        assert found
        server = type("Address", (), {"port": int(found.group(1))})()
        hostile_queries = list(MEMORY_BOMBS.values())[:2]  # one per worker
        answers: list[tuple[int, bytes]] = []

        def fire(query: str) -> None:
            status, _, body, _ = ask(server, query, accept="*/*", method="POST")  # type: ignore[arg-type]
            answers.append((status, body))

        with PeakMemory(watch=process.pid) as memory:
            threads = [threading.Thread(target=fire, args=(query,)) for query in hostile_queries]
            for thread in threads:
                thread.start()
            time.sleep(0.1)  # each worker is now busy with a hostile query
            for _ in range(3):  # answered by the spare worker, not queued behind the hostile queries
                status, _, body, took = ask(server, COUNT_ACTIONS)  # type: ignore[arg-type]
                assert status == 200 and ACTIONS in body
                assert took < 1.0, took
            for thread in threads:
                thread.join(timeout=30)
            # A 20 MB answer passes through the server without being held.
            status, _, body, _ = ask(server, BIG_SELECT, "text/csv")  # type: ignore[arg-type]
            assert status == 200 and len(body) > 19_000_000
        assert sorted(answers) == [(503, MEMORY_MESSAGE)] * 2
        server_peak = memory.peak.get(process.pid, rss_mb(process.pid))
        workers = [peak for pid, peak in memory.peak.items() if pid != process.pid]
        assert workers and max(workers) < MEMORY_MB * 1.1, memory.peak
        assert server_peak < 150, server_peak  # the server itself: a few answers' pieces at most
        assert process.poll() is None
    finally:
        process.terminate()
        process.wait(timeout=30)
