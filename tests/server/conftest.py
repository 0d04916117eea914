"""Fixtures: a copy of the built store with the example appraisals loaded, and live servers over it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from councilkg.build.appraisals import load_appraisals
from councilkg.data import example_appraisals
from councilkg.server import SparqlServer
from councilkg.store.embedded import EmbeddedStore
from tests.server.serving import serve


@pytest.fixture(scope="session")
def private_store_path(built_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a store holding the bundled plans and, in a private graph, the example appraisals."""
    path = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(built_store_path, path)
    with EmbeddedStore.open(path) as store:
        load_appraisals(store, example_appraisals())
    return path


@pytest.fixture(scope="session")
def server(private_store_path: Path) -> Iterator[SparqlServer]:
    """Yield a running endpoint with the default limits but a row cap of 50 and 10 kB requests."""
    yield from serve(private_store_path, max_rows=50, max_request_bytes=10_000)


@pytest.fixture(scope="session")
def cors_server(private_store_path: Path) -> Iterator[SparqlServer]:
    """Yield a running endpoint that allows one browser origin."""
    yield from serve(private_store_path, cors_origins=("https://allowed.example",), workers=1)
