"""A live server for a test: started on a free port over a store folder, shut down after."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from councilkg.server import SparqlServer, make_server


def serve(store: Path, **options: object) -> Iterator[SparqlServer]:
    """Yield a started server over the store folder ``store`` (``options`` as ``make_server`` takes
    them), and shut it down when the caller is done."""
    server = make_server(store, port=0, log=False, **options)  # type: ignore[arg-type]
    server.start()
    try:
        yield server
    finally:
        server.shutdown()
