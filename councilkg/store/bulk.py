"""A build into a fresh store, written by pyoxigraph's bulk loader beside the store and put in place
only once checked.

Transactional SPARQL updates cost a large build most of its writing time (each plan's text parsed as
an update, its copy into the default and reference graphs found by pattern). The bulk loader writes
sorted files straight into the database, several times faster, but it is not transactional: a crash
midway leaves a half-written database. So a build into a store that holds no plans writes a new
database (in a folder beside the store, ``<store>.building-<pid>``, or in memory), and the store takes
it only when it is complete and its graphs hold what was written; on any error or interrupt the new
database is deleted and the store is as it was. :class:`BulkBuild` holds the new database and what is
waiting to be loaded into it; :class:`~councilkg.store.embedded.EmbeddedStore` decides when to use it.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import NoReturn

import pyoxigraph as ox

from councilkg.errors import StoreError
from councilkg.ontology.graphs import CONTRIBUTION_PREFIX, DERIVED_PREFIX, REFERENCE_GRAPH, is_private_graph
from councilkg.store.names import INDEX_SUFFIX

BUILDING = ".building-"
"""What the folder of a bulk build beside a store adds to the store's name, before the process id."""

_REFERENCE = f"<{REFERENCE_GRAPH}>"
_COUNT_GRAPHS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
_COUNT_DEFAULT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
_DEFAULT = ""
"""The key of the merged default graph in :attr:`BulkBuild.merged`."""
SPOOL_LIMIT = 128 * 2**20
"""The queue is loaded once it holds this many bytes of N-Quads: the bulk loader holds what it loads in
memory (a 1M-triple build queued at once, 2.4M quads with their copies, peaked at 2,121 MB; loaded every
128 MB, at 775 MB, and no slower; every 64 MB, at 460 MB)."""


def building_path(store_folder: Path) -> Path:
    """Return the folder beside ``store_folder`` where this process bulk-builds its new database."""
    return store_folder.with_name(f"{store_folder.name}{BUILDING}{os.getpid()}")


class BulkBuild:
    """A new database being bulk-loaded, the N-Quads waiting to go into it, and what it must hold.

    Every source graph (a plan, its contribution, the ontology, the shipped reference data, a
    derived graph) is written once; its triples also go to the graphs the store derives from it (the
    reference graph, the merged default graph), where the database keeps each triple once.
    """

    def __init__(self, database: ox.Store, folder: Path | None) -> None:
        self.database = database
        self.folder = folder
        """The new database's folder beside the store, ``None`` in memory."""
        handle, spool = tempfile.mkstemp(
            prefix=f"{folder.name}." if folder else "councilkg-bulk-",
            suffix=".nq",
            dir=folder.parent if folder else None,
        )
        self._spool_path = Path(spool)
        self._spool = os.fdopen(handle, "w", encoding="utf-8")
        self._pending = False
        self.expected: dict[str, int] = {}
        """The triples written to each source graph (the database must hold exactly these)."""
        self.merged: dict[str, tuple[int, int]] = {}
        """For the reference graph and the default graph (``""``): the most triples one source gave
        it, and the triples all sources gave it (a triple two sources state is held once)."""

    @classmethod
    def begin(cls, store_folder: Path | None) -> BulkBuild:
        """Return a bulk build of a new database beside ``store_folder`` (``None``: in memory), after
        deleting what builds of processes no longer running left beside it.

        Raises:
            StoreError: the new database cannot be created.
        """
        if store_folder is None:
            return cls(ox.Store(), None)
        remove_stale_builds(store_folder)
        folder = building_path(store_folder)
        try:
            shutil.rmtree(folder, ignore_errors=True)
            return cls(ox.Store(str(folder)), folder)
        except (OSError, RuntimeError) as error:
            shutil.rmtree(folder, ignore_errors=True)
            raise StoreError(f"cannot create {folder} to build the store in: {error}") from error

    def add(self, contents: Mapping[str, str]) -> set[str]:
        """Queue source graphs' N-Triples (graph IRI → text) for the next :meth:`flush` (run now when
        the queue has grown past :data:`SPOOL_LIMIT`); return the named graphs that then hold triples.

        Each triple goes to its graph, and also to the reference graph (a contribution's) and to the
        default graph (any public graph's); a derived or private graph is not merged anywhere.
        """
        filled: set[str] = set()
        for graph, text in contents.items():
            if not text:
                continue
            lines = text if text.endswith("\n") else text + "\n"
            # Literals escape their line breaks, so " .\n" ends a triple and nothing else.
            self._spool.write(lines.replace(" .\n", f" <{graph}> .\n"))
            filled.add(graph)
            triples = self.expected[graph] = lines.count("\n")
            if graph.startswith(CONTRIBUTION_PREFIX):
                self._spool.write(lines.replace(" .\n", f" {_REFERENCE} .\n"))
                filled.add(str(REFERENCE_GRAPH))
                self._merge(str(REFERENCE_GRAPH), triples)
            if not (graph.startswith(DERIVED_PREFIX) or is_private_graph(graph)):
                self._spool.write(lines)
                self._merge(_DEFAULT, triples)
            self._pending = True
        if self._spool.tell() >= SPOOL_LIMIT:
            self.flush()
        return filled

    def _merge(self, graph: str, triples: int) -> None:
        most, total = self.merged.get(graph, (0, 0))
        self.merged[graph] = (max(most, triples), total + triples)

    def flush(self) -> None:
        """Load what is queued into the new database; returns nothing.

        Raises:
            StoreError: the bulk loader failed (the new database is then unusable).
        """
        if not self._pending:
            return
        self._spool.flush()
        try:
            self.database.bulk_load(path=str(self._spool_path), format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as error:
            raise StoreError(f"bulk loading the new store failed: {error}") from error
        self._spool.seek(0)
        self._spool.truncate()
        self._pending = False

    def check(self) -> None:
        """Flush, then check that every source graph holds exactly the triples written to it, and the
        reference and default graphs no fewer than the largest source gave them and no more than all
        did (counting their distinct triples exactly took 7 s at 1M triples: 4% of the build).

        Raises:
            StoreError: a graph holds more or fewer triples than were written.
        """
        self.flush()
        counts = {
            str(graph.value): int(count.value)
            for graph, count in self.database.query(_COUNT_GRAPHS)  # type: ignore[union-attr]
        }
        (row,) = self.database.query(_COUNT_DEFAULT)  # type: ignore[misc]
        counts[_DEFAULT] = int(row[0].value)
        for graph, expected in self.expected.items():
            if counts.get(graph, 0) != expected:
                self._refuse(graph, counts.get(graph, 0), f"the {expected}")
        for graph, (most, total) in self.merged.items() if self.expected else ():
            if not most <= counts.get(graph, 0) <= total:
                self._refuse(graph or "the default graph", counts.get(graph, 0), f"{most} to {total}")

    @staticmethod
    def _refuse(graph: str, held: int, expected: str) -> NoReturn:
        raise StoreError(
            f"the bulk-built store holds {held} triples in {graph}, not {expected} written; "
            "the store was left as it was"
        )

    def close(self) -> None:
        """Release the new database and delete the queue; returns nothing (the folder stays)."""
        with contextlib.suppress(OSError):
            self._spool.close()
        self._spool_path.unlink(missing_ok=True)
        if self.folder is not None and hasattr(self, "database"):
            with contextlib.suppress(OSError):
                self.database.flush()
        with contextlib.suppress(AttributeError):  # closed before
            del self.database

    def discard(self) -> None:
        """Release and delete the new database and everything built beside it; returns nothing."""
        self.close()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            Path(str(self.folder) + INDEX_SUFFIX).unlink(missing_ok=True)


def remove_stale_builds(store_folder: Path) -> None:
    """Delete the folders (and files) that bulk builds of processes no longer running left beside
    ``store_folder``; returns nothing."""
    prefix = store_folder.name + BUILDING
    with contextlib.suppress(OSError):
        for path in store_folder.parent.iterdir():
            pid = path.name.removeprefix(prefix).split(".", 1)[0]
            if path.name.startswith(prefix) and pid.isdigit() and not _running(int(pid)):
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    """Return whether a process ``pid`` is running (this one is)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: running
        return True
    return True


def put_in_place(built: Path, store_folder: Path) -> None:
    """Make the database in ``built`` the one at ``store_folder`` and delete the one that was there.

    On Linux the two folders are exchanged in one step (``renameat2``), so a crash leaves either the
    old database or the new one at ``store_folder``, never neither; elsewhere the old one is moved
    aside first, and a crash between the two renames leaves no store (the old one held no plans).

    Raises:
        OSError: a rename failed.
    """
    if store_folder.exists() and not _exchange(built, store_folder):
        aside = built.with_name(built.name + ".old")
        os.rename(store_folder, aside)
        os.rename(built, store_folder)
        shutil.rmtree(aside, ignore_errors=True)
        return
    if not store_folder.exists():
        os.rename(built, store_folder)
        return
    shutil.rmtree(built, ignore_errors=True)  # after the exchange, the old database


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(first: Path, second: Path) -> bool:
    """Exchange two folders atomically (Linux ``renameat2(RENAME_EXCHANGE)``); return ``False`` when
    the system or file system cannot, having changed nothing.

    Raises:
        OSError: the exchange failed for another reason.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in {errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP}:
        return False
    raise OSError(code, os.strerror(code), str(second))
