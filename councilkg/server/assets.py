"""The query page's scripts and stylesheets, served by ``councilkg serve`` under ``/static/``.

They are package data (``councilkg/server/static/``): the built YASGUI (its README says which
release and where from) and the page's own script and style. Only ``.js`` and ``.css`` files are
served, by their path below ``static/``; anything else is a 404. An asset is named on the page with
its content's hash (``static/query.js?v=1a2b3c4d5e6f``), so a browser may keep it for a year and
still fetch the new file the day it changes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

CONTENT_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
CACHE_CONTROL = "public, max-age=31536000, immutable"
"""An asset's URL changes with its content (``?v=`` its hash), so the browser never needs to ask again."""
PREFIX = "/static/"


@dataclass(frozen=True)
class Asset:
    """A file the server sends as it is: its bytes, Content-Type and ETag (its content's hash)."""

    body: bytes
    content_type: str
    etag: str


def _files(folder: Traversable, under: str) -> dict[str, Traversable]:
    found: dict[str, Traversable] = {}
    for entry in folder.iterdir():
        name = f"{under}{entry.name}"
        if entry.is_dir():
            found.update(_files(entry, f"{name}/"))
        elif any(entry.name.endswith(suffix) for suffix in CONTENT_TYPES):
            found[name] = entry
    return found


@cache
def assets() -> dict[str, Asset]:
    """Return every servable asset keyed by its path below ``static/`` (``yasgui/yasgui.min.js``)."""
    folder = resources.files("councilkg.server").joinpath("static")
    served: dict[str, Asset] = {}
    for name, entry in sorted(_files(folder, "").items()):
        body = entry.read_bytes()
        suffix = name[name.rindex(".") :]
        served[name] = Asset(body, CONTENT_TYPES[suffix], f'"{hashlib.sha256(body).hexdigest()[:16]}"')
    return served


def asset(path: str) -> Asset | None:
    """Return the asset a request path names (``/static/query.js``), or None when there is none.

    Example:
        >>> asset("/static/query.js").content_type
        'text/javascript; charset=utf-8'
        >>> asset("/static/../page.html") is None, asset("/static/yasgui/LICENSE") is None
        (True, True)
    """
    if not path.startswith(PREFIX):
        return None
    return assets().get(path[len(PREFIX) :])


def asset_url(name: str) -> str:
    """Return the relative URL the query page names an asset by: its path and content hash.

    Example:
        >>> asset_url("query.js").startswith("static/query.js?v=")
        True

    Raises:
        KeyError: there is no such asset.
    """
    return f"static/{name}?v={assets()[name].etag.strip(chr(34))}"
