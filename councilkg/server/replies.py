"""What the endpoint sends and the parameters it reads: an answer sent whole (:class:`Response`), one
already streamed (:class:`Streamed`), and the query string's or form's parameters."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qs

from councilkg.server.errors import RequestError


@dataclass(frozen=True)
class Streamed:
    """An answer already written to the client: its status and rows, for the log."""

    status: int
    rows: int | None


@dataclass
class Response:
    """An answer to send whole: status, body, content type, extra headers, and rows (for the log)."""

    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    rows: int | None = None

    @classmethod
    def text(cls, status: int, message: str) -> Response:
        """Return a short text/plain answer: ``message`` and a newline."""
        return cls(status, (message + "\n").encode())


def single_param(params: dict[str, list[str]], name: str) -> str | None:
    """Return the one value of parameter ``name``, ``None`` if absent; a request giving it twice is a 400."""
    values = params.get(name, [])
    if len(values) > 1:
        raise RequestError(400, f"give the {name} parameter once, not {len(values)} times")
    return values[0] if values else None


def parse_params(text: str) -> dict[str, list[str]]:
    """Return a query string's or form body's parameters (blank values kept); non-UTF-8 is a 400."""
    try:
        return parse_qs(text, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise RequestError(400, "parameters must be UTF-8 (percent-encoded)") from None
