"""``councilkg serve``: a read-only SPARQL 1.1 Protocol endpoint over an on-disk store.

Example:
    >>> from councilkg.server import make_server
    >>> callable(make_server)
    True
"""

from __future__ import annotations

from councilkg.server.endpoint import TRUNCATED_HEADER, SparqlServer, make_server
from councilkg.server.errors import (
    ForbiddenQueryError,
    QueryMemoryError,
    QueryTimeoutError,
    RequestError,
    ServerError,
)

__all__ = [
    "TRUNCATED_HEADER",
    "ForbiddenQueryError",
    "QueryMemoryError",
    "QueryTimeoutError",
    "RequestError",
    "ServerError",
    "SparqlServer",
    "make_server",
]
