"""Any request bytes give a well-formed answer from the endpoint: a status, one line for a refusal,
never an internal error, and the server goes on answering.

Requests are built from a valid one and mutated (header lines dropped, repeated or replaced by
hostile values, line ends changed, bytes flipped, inserted or cut), sent raw to a live server. The
number of examples scales with ``$COUNCILKG_FUZZ_SCALE``; ``bench/fuzz.py`` runs
:func:`test_any_request_gets_a_well_formed_answer` as ``request-parsing`` and
:func:`test_any_header_values_give_a_length_or_our_error` as ``request-headers``.
"""

from __future__ import annotations

import os
import re
import socket
from collections import Counter
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councilkg.server import SparqlServer, make_server
from councilkg.server.errors import RequestError
from councilkg.server.guard import Audience, body_length, host_name

SCALE = max(1, int(os.environ.get("COUNCILKG_FUZZ_SCALE", "1")))
TRIED: Counter[str] = Counter()
"""Inputs tried per fuzz target in this process (read by ``bench/fuzz.py``)."""


def fuzz_settings(examples: int) -> settings:
    """Return hypothesis settings for ``examples`` inputs (times ``$COUNCILKG_FUZZ_SCALE``)."""
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        database=None,
    )


HOSTILE_VALUES = [
    "-1", "0", "5", "+5", " 5 ", "5, 5", "5, 6", "1_0", "0x10", "99999999999999999999", "", "abc",
    "chunked", "gzip, chunked", "localhost", "127.0.0.1", "evil.example", "[::1]", "a b", "null",
    "http://evil.example", "cross-site", "same-site", "navigate", "\x00", "é", "a" * 5000,
]  # fmt: skip
HEADERS = [
    "Host", "Content-Length", "Transfer-Encoding", "Content-Type", "Accept", "Origin",
    "Sec-Fetch-Site", "Sec-Fetch-Mode", "Expect", "Connection",
]  # fmt: skip
BASE = [
    b"POST /sparql?format=csv HTTP/1.1",
    b"Host: 127.0.0.1",
    b"Content-Type: application/sparql-query",
    b"Content-Length: 15",
    b"Connection: close",
    b"",
    b"ASK { ?s ?p ?o }",
]
_STATUS = re.compile(rb"HTTP/1\.[01] (\d{3}) ")


@pytest.fixture(scope="module")
def fuzzed(built_store_path: Path) -> Iterator[SparqlServer]:
    """Yield a server for the fuzzed requests."""
    with fuzz_server(built_store_path) as server:
        yield server


def fuzz_server(store: Path) -> SparqlServer:
    """Return a started server for fuzzed requests (short timeouts: a mutated query stays cheap)."""
    server = make_server(store, port=0, log=False, workers=1, timeout_s=5, max_request_bytes=20_000)
    server.start()
    return server


def _mutate(lines: list[bytes], edits: list[tuple[int, int, str, str]]) -> list[bytes]:
    lines = list(lines)
    for kind, where, name, value in edits:
        at = where % (len(lines) + 1)
        if kind == 0 and lines:
            del lines[at % len(lines)]
        elif kind == 1 and lines:
            lines.insert(at, lines[at % len(lines)])
        elif kind == 2:
            lines.insert(min(at, max(len(lines) - 2, 0)), f"{name}: {value}".encode("utf-8", "replace"))
        elif kind == 3 and lines:
            line = lines[at % len(lines)]
            cut = where % (len(line) + 1)
            lines[at % len(lines)] = line[:cut] + value.encode("utf-8", "replace") + line[cut:]
    return lines


@fuzz_settings(60)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.integers(0, 10_000),
            st.sampled_from(HEADERS),
            st.sampled_from(HOSTILE_VALUES),
        ),
        max_size=6,
    ),
    st.sampled_from([b"\r\n", b"\n"]),
    st.sampled_from(["POST", "GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE", "get", "P\x00ST"]),
)
def test_any_request_gets_a_well_formed_answer(
    fuzzed: SparqlServer, edits: list[tuple[int, int, str, str]], line_end: bytes, method: str
) -> None:
    TRIED["request-parsing"] += 1
    lines = _mutate(BASE, edits)
    if lines:
        lines[0] = lines[0].replace(b"POST", method.encode("utf-8", "replace"), 1)
    request = line_end.join(lines)
    answer = _exchange(fuzzed, request)
    for match in _STATUS.finditer(answer):
        assert match.group(1) != b"500", answer[:500]
    if answer:
        assert _STATUS.match(answer), answer[:200]
    assert _STATUS.match(_exchange(fuzzed, line_end.join(BASE)) or b"")  # still answering


def _exchange(server: SparqlServer, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as connection:
        try:
            connection.sendall(request)
            connection.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        answer = b""
        try:
            while chunk := connection.recv(65536):
                answer += chunk
        except (TimeoutError, ConnectionResetError):
            pass
    return answer


@fuzz_settings(300)
@given(
    st.lists(st.sampled_from(HEADERS[:3]), max_size=4),
    st.lists(st.sampled_from(HOSTILE_VALUES) | st.text(max_size=20), min_size=4, max_size=4),
    st.sampled_from(["GET", "POST", "HEAD", "PUT"]),
)
def test_any_header_values_give_a_length_or_our_error(
    names: list[str], values: list[str], method: str
) -> None:
    TRIED["request-headers"] += 1
    headers = Message()
    for name, value in zip(names, values, strict=False):
        headers[name] = value
    audience = Audience("127.0.0.1", 8000, frozenset({"kg.example"}))
    try:
        length = body_length(method, headers.get_all, 20_000)
        assert 0 <= length <= 20_000
    except RequestError as error:
        assert error.status in {400, 413} and "\n" not in str(error)
    for value in values:
        name = host_name(value)
        assert name is None or name == name.lower()
        try:
            audience.check_host([value])
            audience.check_query_origin(value, value, value)
        except RequestError as error:
            assert error.status in {400, 403, 421} and "\n" not in str(error)
