"""Shared fixtures: the bundled plans built once into an on-disk store and into memory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from councilkg.build.plans import build
from councilkg.data import bundled_plan
from councilkg.store.embedded import EmbeddedStore

LAMBETH_2020 = bundled_plan("lambeth-childrens-directorate-plan-2020-21.txt").path


@pytest.fixture(scope="session")
def built_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the folder of an on-disk store holding the bundled plans (closed, so others may open it)."""
    path = tmp_path_factory.mktemp("store") / "store"
    with EmbeddedStore.open(path) as store:
        build(store)
    return path


@pytest.fixture(scope="session")
def memory_store() -> Iterator[EmbeddedStore]:
    """Yield an in-memory store holding the bundled plans, shared by read-only tests."""
    with EmbeddedStore.open(":memory:") as store:
        build(store)
        yield store


@pytest.fixture(scope="session")
def pair_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the folder of an on-disk store holding the synthetic plan-year pair of ``bench/pairs.py``
    (Ashbridge 2007-09 and 2009-11), whose changes and target outcomes are known."""
    from bench.pairs import write_pair
    from councilkg.loaders.parsing.identity import read_manifest

    folder = tmp_path_factory.mktemp("pair")
    plans = read_manifest(write_pair(folder / "plans"))
    path = folder / "store"
    with EmbeddedStore.open(path) as store:
        build(store, [file for file, _ in plans], identities=dict(plans))
    return path


@pytest.fixture(scope="module")
def pair_store(pair_store_path: Path) -> Iterator[EmbeddedStore]:
    """Yield the synthetic pair's store, read-only."""
    with EmbeddedStore.open(pair_store_path, read_only=True) as store:
        yield store
