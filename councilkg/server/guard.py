"""Checks on a request before the endpoint acts on it: its framing, its Host, its origin.

Each check raises :class:`~councilkg.server.errors.RequestError` with the status and one line.

- **Framing.** A body is framed by one ``Content-Length`` of digits (repeats must agree), never by
  ``Transfer-Encoding`` (not supported: refused, rather than read as something else), and only
  POST takes one. Anything else is refused and the connection closed, so no stray bytes are read
  as a next request.
- **Host.** A web page can make a browser send requests to ``127.0.0.1`` under its own domain
  name (DNS rebinding); the ``Host`` header then names that domain. Only the address served,
  ``localhost`` on a loopback address, and names given with ``--allow-host`` are answered (421).
- **Origin.** A page on another origin can make a browser send queries without the user knowing
  (a form, an image, a script). Queries carrying an ``Origin`` that is not the endpoint's own, or
  marked ``Sec-Fetch-Site: cross-site`` or ``same-site``, are refused (403) unless ``--cors-origin``
  allows that origin. Following a link (a top-level navigation) still works.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from urllib.parse import urlsplit

from councilkg.server.errors import RequestError, ServerError

_DIGITS = re.compile(r"[0-9]{1,18}")
_HOST = re.compile(r"(\[[0-9A-Fa-f:.]+\]|[^:\[\]]+)(?::([0-9]{1,5}))?")


def body_length(method: str, get_all: Callable[[str], list[str] | None], limit: int) -> int:
    """Return the length of the request body a request declares (0 for none).

    ``get_all`` returns every value of a header (as ``email.message.Message.get_all``).

    Raises:
        RequestError: 400 for a malformed, negative or conflicting ``Content-Length``, any
            ``Transfer-Encoding``, or a body on a method that takes none; 413 over ``limit``.

    Example:
        >>> headers = {"content-length": ["12"]}
        >>> body_length("POST", lambda name: headers.get(name.lower()), 100)
        12
    """
    if get_all("Transfer-Encoding"):
        raise RequestError(
            400, "Transfer-Encoding is not accepted: send the body with a Content-Length header"
        )
    values = [part.strip() for value in get_all("Content-Length") or [] for part in value.split(",")]
    if not values:
        return 0
    if any(not _DIGITS.fullmatch(value) for value in values):
        shown = ", ".join(values)[:40]
        raise RequestError(400, f"the Content-Length header must be a number of bytes, not {shown!r}")
    lengths = {int(value) for value in values}
    if len(lengths) > 1:
        raise RequestError(400, "the request has Content-Length headers that disagree")
    length = lengths.pop()
    if length > limit:
        raise RequestError(413, f"the request body is over the limit of {limit} bytes")
    if length and method != "POST":
        raise RequestError(400, f"a {method} request takes no body; send a query body with POST")
    return length


def host_name(value: str) -> str | None:
    """Return the host of a ``Host`` header value, lower-case and without brackets or port
    (``None`` when it is not a host).

    Example:
        >>> host_name("LocalHost:8000"), host_name("[::1]:80"), host_name("a b")
        ('localhost', '::1', None)
    """
    match = _HOST.fullmatch(value.strip())
    if not match or any(c.isspace() or c in "/?#@" for c in match.group(1)):
        return None
    return match.group(1).strip("[]").lower()


def is_address(name: str) -> bool:
    """Return whether ``name`` is an IP address (not a host name)."""
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Audience:
    """Who may call the endpoint: the address served, its port, extra host names
    (``--allow-host``) and browser origins allowed to query it (``--cors-origin``, ``"*"``: any)."""

    address: str
    port: int
    names: frozenset[str] = frozenset()
    cors_origins: frozenset[str] = frozenset()

    @property
    def wildcard(self) -> bool:
        """Return whether the server listens on every address (``0.0.0.0`` or ``::``)."""
        return is_address(self.address) and ipaddress.ip_address(self.address).is_unspecified

    def host_allowed(self, name: str) -> bool:
        """Return whether a request naming host ``name`` (lower-case, no port) is for this endpoint."""
        if name == self.address.lower() or name in self.names:
            return True
        loopback = is_address(self.address) and ipaddress.ip_address(self.address).is_loopback
        if name == "localhost" and (loopback or self.wildcard):
            return True
        # An address, unlike a name, cannot be rebound: on a wildcard address any of ours is fine.
        return self.wildcard and is_address(name)

    def check_host(self, values: list[str] | None) -> None:
        """Refuse a request whose ``Host`` header names another host (421); returns nothing."""
        if not values:
            return  # HTTP/1.0 clients may leave it out; browsers always send it
        names = {host_name(value) for value in values}
        if len(names) > 1 or None in names:
            raise RequestError(400, "the request has a malformed Host header, or several")
        name = names.pop()
        if name is not None and not self.host_allowed(name):
            raise RequestError(
                421,
                f"this endpoint does not answer for host {name[:100]!r}; "
                "start serve with --allow-host NAME to allow a name",
            )

    def origin_allowed(self, origin: str) -> bool:
        """Return whether a browser page at ``origin`` may query the endpoint."""
        if "*" in self.cors_origins or origin in self.cors_origins:
            return True
        try:
            url = urlsplit(origin)
            port = url.port or (80 if url.scheme == "http" else None)
        except ValueError:
            return False
        host = (url.hostname or "").lower()
        if host in self.names:  # a name of ours (--allow-host), perhaps behind a proxy
            return url.scheme in {"http", "https"}
        return url.scheme == "http" and port == self.port and self.host_allowed(host)

    def check_query_origin(self, origin: str | None, fetch_site: str | None, fetch_mode: str | None) -> None:
        """Refuse a query sent by a page of another origin (403); returns nothing.

        A top-level navigation (a followed link) is allowed: it runs no script on the answer.
        """
        if origin is not None:
            if not self.origin_allowed(origin):
                raise RequestError(
                    403,
                    f"queries from web pages of other origins are refused (Origin {origin[:100]!r}); "
                    "start serve with --cors-origin ORIGIN to allow one",
                )
            return
        site, mode = (fetch_site or "").strip().lower(), (fetch_mode or "").strip().lower()
        if site in {"cross-site", "same-site"} and mode != "navigate":
            raise RequestError(
                403,
                "queries from web pages of other sites are refused; "
                "start serve with --cors-origin ORIGIN to allow one",
            )


def allowed_names(names: Collection[str]) -> frozenset[str]:
    """Return ``--allow-host`` names as the Host check compares them (lower-case, no port).

    Raises:
        ServerError: a name is not a host name.
    """
    cleaned = set()
    for name in names:
        host = host_name(name)
        if host is None:
            raise ServerError(f"--allow-host {name!r} is not a host name")
        cleaned.add(host)
    return frozenset(cleaned)
