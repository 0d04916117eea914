"""The endpoint's errors, each a one-line :class:`~councilkg.errors.CouncilKGError`."""

from __future__ import annotations

from councilkg.errors import CouncilKGError


class ServerError(CouncilKGError):
    """The server cannot start: the port is in use, the host is refused, or workers cannot start."""


class RequestError(CouncilKGError):
    """A request the endpoint refuses; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class ForbiddenQueryError(RequestError):
    """A query uses a feature the endpoint refuses (``SERVICE``: it would fetch other URLs)."""

    def __init__(self, message: str) -> None:
        super().__init__(400, message)


class QueryTimeoutError(RequestError):
    """A query ran longer than the endpoint allows, or no worker was free in that time."""

    def __init__(self, message: str) -> None:
        super().__init__(503, message)


class QueryMemoryError(RequestError):
    """A query needed more memory than a worker may use: the worker was stopped (503)."""

    def __init__(self, limit_mb: int) -> None:
        super().__init__(503, f"the query needed more memory than this endpoint allows: {limit_mb} MB")
