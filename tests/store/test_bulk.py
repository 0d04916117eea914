"""Bulk builds into a store without plans: the same store as the transactional writes, put in place
only when complete, and nothing left behind by a build that fails or is interrupted."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from rdflib.namespace import PROV

from councilkg import api
from councilkg.analysis.analytics import affected_plans, refresh_analytics
from councilkg.build.plans import build
from councilkg.data import bundled_plans
from councilkg.errors import LoaderError
from councilkg.store.bulk import BUILDING
from councilkg.store.embedded import EmbeddedStore
from councilkg.store.names import index_path

GENERATED = str(PROV.generatedAtTime)
"""The one predicate whose values differ between two builds: when the analytics were computed."""


def every_quad(store: EmbeddedStore) -> list[str]:
    """Return every quad of the store's database (hidden, derived and default graph included), sorted,
    without the analytics' time of computing."""
    return sorted(str(quad) for quad in store.ox_store if quad.predicate.value != GENERATED)


def index_rows(store_folder: Path) -> dict[str, list[tuple[object, ...]]]:
    """Return the rows of a store's name index file, table by table (row ids left out)."""
    queries = {
        "names": "SELECT graph, iri, class, label FROM names",
        "words": "SELECT w.word, n.graph, n.iri FROM words w JOIN names n ON n.id = w.name",
        "refs": "SELECT * FROM refs",
        "codes": "SELECT * FROM codes",
        "notations": "SELECT * FROM notations",
        "dirty": "SELECT * FROM dirty",
    }
    db = sqlite3.connect(index_path(store_folder))
    try:
        return {table: sorted(db.execute(query).fetchall()) for table, query in queries.items()}
    finally:
        db.close()


def identity(store_folder: Path) -> str:
    """Return the RocksDB identity of the database in a folder (a new database has a new one)."""
    return (store_folder / "IDENTITY").read_text(encoding="utf-8").strip()


def left_beside(store_folder: Path) -> list[str]:
    """Return what bulk builds left beside a store folder."""
    return sorted(p.name for p in store_folder.parent.iterdir() if BUILDING in p.name)


def test_bulk_build_writes_the_store_the_transactional_writes_do(tmp_path: Path) -> None:
    """Every quad (plans, contributions, reference and default graphs, analytics) and every row of
    the name index are those of the plan-by-plan transactional build, on disk and in memory."""
    with EmbeddedStore.open(tmp_path / "tx") as store:
        written = [str(result.plan) for result in build(store) if result.plan is not None]
        refresh_analytics(store, affected_plans(store, written))
        expected = every_quad(store)
    bulk = tmp_path / "bulk"
    with EmbeddedStore.open(bulk) as store:
        created = identity(bulk)
        api.load_plans(store)
        assert identity(bulk) != created  # the database was replaced by the bulk-built one
        assert every_quad(store) == expected
        assert store.name_index() is not None
    assert index_rows(bulk) == index_rows(tmp_path / "tx")
    assert left_beside(bulk) == []
    with EmbeddedStore.open(bulk, read_only=True) as store:
        assert store.name_index() is not None  # the index is the new database's
        assert every_quad(store) == expected
    with EmbeddedStore.open(":memory:") as store:
        api.load_plans(store)
        assert every_quad(store) == expected


def test_a_plan_file_that_fails_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    """A file no loader reads, among good ones: nothing is written and nothing is left beside."""
    bad = tmp_path / "minutes.txt"
    bad.write_text("Minutes of the meeting\n\nApologies were received.\n", encoding="utf-8")
    folder = tmp_path / "store"
    good = [plan.path for plan in bundled_plans()][:2]
    with EmbeddedStore.open(folder) as store:
        created = identity(folder)
        with pytest.raises(LoaderError):
            api.load_plans(store, [*good, bad])
        assert store.graphs() == []
    assert identity(folder) == created
    assert left_beside(folder) == []


def test_an_interrupted_bulk_build_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    """Interrupted (Ctrl-C) after two plans went into the new database: the new database and its
    queue are deleted, the store is the empty one it was, and a build after it succeeds."""
    folder = tmp_path / "store"
    seen: list[list[str]] = []

    def interrupt(stage: str, _path: Path) -> None:
        if stage == "load":
            seen.append(left_beside(folder))
            if len(seen) == 3:
                raise KeyboardInterrupt

    with EmbeddedStore.open(folder) as store:
        created = identity(folder)
        with pytest.raises(KeyboardInterrupt):
            api.load_plans(store, progress=interrupt)
        assert f"store{BUILDING}{os.getpid()}" in seen[-1]  # the build was going on beside the store
        assert left_beside(folder) == []
        assert store.graphs() == []
        assert len(store.ox_store) == 0
        assert identity(folder) == created
        results = api.load_plans(store)
        assert {str(g) for g in store.graphs()} >= {str(r.plan) for r in results if r.plan is not None}
    assert left_beside(folder) == []


def test_a_store_holding_plans_is_written_transactionally(tmp_path: Path) -> None:
    """A second load into a store holding plans writes into the same database, and gives the store
    that loading both at once gives."""
    first, second = [plan.path for plan in bundled_plans()][:2]
    folder = tmp_path / "store"
    with EmbeddedStore.open(folder) as store:
        api.load_plans(store, [first])
        bulk_built = identity(folder)
        api.load_plans(store, [second])
        assert identity(folder) == bulk_built  # not replaced: written in place
        assert store.name_index() is not None
        both_in_turn = store.export()
    with EmbeddedStore.open(":memory:") as store:
        api.load_plans(store, [first, second])
        assert store.export() == both_in_turn


def test_what_a_killed_build_left_beside_the_store_is_deleted(tmp_path: Path) -> None:
    """A folder and files of a bulk build whose process is gone are deleted by the next bulk build;
    those of a running process are not."""
    folder = tmp_path / "store"
    dead = 2**22 + 7  # above Linux's default pid_max (4,194,304): no process has it
    (tmp_path / f"store{BUILDING}{dead}").mkdir()
    (tmp_path / f"store{BUILDING}{dead}.names.sqlite").write_bytes(b"")
    running = tmp_path / f"store{BUILDING}{os.getppid()}"
    running.mkdir()
    with EmbeddedStore.open(folder) as store:
        api.load_plans(store, [next(iter(bundled_plans())).path])
    assert left_beside(folder) == [running.name]


def test_a_store_opened_for_writing_deletes_what_a_killed_build_left_beside_it(tmp_path: Path) -> None:
    """A build killed after putting its database in place leaves its name index beside the store,
    which is then whole: the next writer deletes it, even when it writes transactionally."""
    folder = tmp_path / "store"
    plans = [plan.path for plan in bundled_plans()]
    with EmbeddedStore.open(folder) as store:
        api.load_plans(store, [plans[0]])
    dead = 2**22 + 7
    (tmp_path / f"store{BUILDING}{dead}.names.sqlite").write_bytes(b"")
    with EmbeddedStore.open(folder) as store:
        assert left_beside(folder) == []
        api.load_plans(store, [plans[1]])
    assert left_beside(folder) == []


def test_a_store_folder_given_by_a_link_is_written_in_place(tmp_path: Path) -> None:
    """Exchanging folders would replace a symbolic link with the new folder: the link's store is
    written transactionally, and stays where the link points."""
    real = tmp_path / "real"
    link = tmp_path / "link"
    with EmbeddedStore.open(real):
        pass
    link.symlink_to(real, target_is_directory=True)
    created = identity(real)
    with EmbeddedStore.open(link) as store:
        api.load_plans(store, [next(iter(bundled_plans())).path])
        assert store.graphs()
    assert link.is_symlink() and identity(real) == created
    assert left_beside(link) == []
