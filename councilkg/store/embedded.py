"""The embedded store: a pyoxigraph database on disk (or in memory) holding one named graph per plan.

Writes are whole-plan graph replacements, each in one transaction (a single SPARQL update), so a
failed or interrupted load leaves the plan's previous graph in place. The reference graph (frameworks,
authorities, people, posts) is rebuilt inside the same transaction. Into a store that holds no plans,
the writes of a :meth:`EmbeddedStore.bulk_writes` block are bulk-loaded into a new database that
replaces the store's only when complete (:mod:`councilkg.store.bulk`). A second process that opens a
store for writing while one is held gets :class:`~councilkg.errors.StoreInUseError`; readers open
read-only and are not blocked.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from councilkg.errors import QueryError, StoreError, StoreInUseError, first_line
from councilkg.files import describe_os_error
from councilkg.ontology.graphs import (
    DERIVED_PREFIX,
    ONTOLOGY_GRAPH,
    REFERENCE_GRAPH,
    STATIC_CONTRIBUTION,
    derived_graph,
    private_graphs,
    reached_graphs,
    visible_graphs,
)
from councilkg.ontology.vocab import PREFIXES
from councilkg.queries.names import syntax_message
from councilkg.queries.sparqltext import bind
from councilkg.store.base import QueryResult
from councilkg.store.bulk import BulkBuild, put_in_place, remove_stale_builds
from councilkg.store.common import LayoutStore
from councilkg.store.names import INDEX_SUFFIX, NameIndex, index_path

MEMORY = ":memory:"
_NAMES_GRAPHS = re.compile(r"(?<![\w/#.-])(?:GRAPH|FROM)(?![\w/#.-])", re.IGNORECASE)
"""A query that may name a graph (``GRAPH``, ``FROM``, ``FROM NAMED``): only such a query needs the
dataset it sees named, so that it reaches no hidden or private graph. The word in an IRI
("…/safe-from-harm", "…/graph") does not count; in a string it does, which costs only time."""
_COMMENT_LINE = re.compile(r"^[ \t]*#.*$", re.MULTILINE)
"""A line of a query that is all comment (the named queries' descriptions say "from" and "graph")."""
_REFERENCE_ONLY = frozenset(str(g) for g in (ONTOLOGY_GRAPH, STATIC_CONTRIBUTION, REFERENCE_GRAPH))
"""The graphs of a store that holds no plans but the reference data a build writes again."""


class EmbeddedStore(LayoutStore):
    """A councilkg store in a pyoxigraph database: named graphs of plans, the reference graph and the
    ontology graph; the merge of the public graphs is the database's default graph."""

    lateral_joins = True

    def __init__(
        self, store: ox.Store, location: str, read_only: bool, names: NameIndex | None = None
    ) -> None:
        super().__init__(location, read_only)
        self._database = store
        self._bulk: BulkBuild | None = None
        """A bulk build in progress (:meth:`bulk_writes`): reads and writes go to its new database."""
        self._names = names
        self._graph_names: list[str] | None = None
        """The database's named graphs, listed once between writes (a query asks for them)."""
        self._visible: dict[bool, list[URIRef]] = {}
        """The graphs a query sees, with and without the private ones, kept as long as the names."""
        self._private: dict[bool, list[str]] = {}
        """The private graphs among them, kept as long as the names (a query needs them, and finding
        them among 1,100 plans' graphs costs 0.2 ms a query)."""

    @classmethod
    def open(cls, location: str | Path, *, read_only: bool = False) -> EmbeddedStore:
        """Return the store in the folder ``location`` (``":memory:"`` for an in-memory one).

        :func:`councilkg.store.location.open_store` opens a store wherever it is (a folder, a SPARQL
        server, the environment's).

        Args:
            location: a folder, or ``":memory:"``.
            read_only: open for reading only; the store must exist, and a writer may hold it.

        Raises:
            StoreInUseError: another process has the store open for writing.
            StoreError: the store does not exist (read-only) or cannot be opened.
        """
        where = str(location)
        if where == MEMORY:
            return cls(ox.Store(), where, read_only=False, names=NameIndex.open(None)).with_current_names()
        path = Path(where)
        try:
            if read_only:
                if not (path / "CURRENT").exists():
                    raise StoreError(f"no store at {where}; run `councilkg build --store {where}` first")
                names = NameIndex.open(index_path(path), _identity(path), read_only=True)
                return cls(_open_read_only(path), where, read_only=True, names=names)
            if path.exists() and not path.is_dir():
                raise StoreError(f"--store {where} is a file, not a store folder")
            path.parent.mkdir(parents=True, exist_ok=True)
            database = ox.Store(str(path))
            # A build killed after its database was put in place may have left its name index
            # beside: holding the store's lock, this writer is the one to delete it.
            remove_stale_builds(path)
            names = NameIndex.open(index_path(path), _identity(path))
            return cls(database, where, read_only=False, names=names).with_current_names()
        except (OSError, RuntimeError) as error:
            message = str(error)
            if re.search(r"\block\b", message, re.IGNORECASE):  # RocksDB: "While lock file: .../LOCK"
                raise StoreInUseError(
                    f"store {where} is in use by another councilkg process; wait for it to finish"
                ) from error
            reason = describe_os_error(error) if isinstance(error, OSError) else message
            raise StoreError(f"cannot open store {where}: {reason}") from error

    def with_current_names(self) -> EmbeddedStore:
        """Bring a writable store's name index up to date (re-read the graphs a write left dirty, or
        fill it when it never was) and return the store."""
        names = self._names
        if names is None or names.current():
            return self
        try:
            dirty = names.dirty_graphs()
            if dirty and names.filled():
                names.refresh(dirty, self._quads_of)
            else:
                names.fill(self._named_graphs(), self._quads_of)
        except sqlite3.Error:  # e.g. a full disk: without an index, names are found by reading every label
            names.discard()
            self._names = None
        return self

    def _quads_of(self, graph: ox.NamedNode, predicate: ox.NamedNode) -> Iterator[ox.Quad]:
        return self._store.quads_for_pattern(None, predicate, None, graph)

    @property
    def _store(self) -> ox.Store:
        """The database reads and writes go to: while a bulk build runs, its new one, with every
        queued write loaded first."""
        if self._bulk is not None:
            self._bulk.flush()
            return self._bulk.database
        return self._database

    def _stored_graphs(self) -> list[str]:
        if self._graph_names is None:
            self._graph_names = self._named_graphs()
        return self._graph_names

    def _named_graphs(self) -> list[str]:
        """Return every named graph of the database, the hidden and private ones included."""
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    @property
    def ox_store(self) -> ox.Store:
        """Return the underlying pyoxigraph store, for streaming reads (``councilkg serve``)."""
        return self._store

    def close(self) -> None:
        """Flush and release the store; returns nothing."""
        if self._bulk is not None:  # closed inside bulk_writes(): the new database was never taken
            self._bulk.discard()
            self._bulk = None
        try:
            if not self.read_only and self.location != MEMORY:
                self._database.flush()
        except OSError as error:  # a full disk: RocksDB refuses the write, and what was committed stays
            reason = describe_os_error(error)
            raise StoreError(f"cannot finish writing store {self.location}: {reason}") from error
        finally:
            del self._database
            if self._names is not None:
                self._names.close()

    def __enter__(self) -> EmbeddedStore:
        return self

    # -- writing -------------------------------------------------------------------------------

    def _forget_graphs(self, known: list[str] | None = None) -> None:
        """Drop the graphs listed since the last write (``known``: what they are now, if known)."""
        self._graph_names, self._visible, self._private = known, {}, {}

    def _update(self, update: str) -> None:
        if self.read_only:
            raise StoreError(f"store {self.location} is open read-only")
        self._forget_graphs()
        if self._bulk is not None:  # an update inside a bulk build may change any graph it queued
            self._bulk.expected.clear()
        try:
            self._store.update(update, prefixes=PREFIXES)
        except (OSError, SyntaxError) as error:
            reason = describe_os_error(error) if isinstance(error, OSError) else str(error)
            raise StoreError(f"write to store {self.location} failed: {reason}") from error

    # -- bulk builds -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def bulk_writes(self) -> Iterator[None]:
        """Within the block, write a store that holds no plans with the bulk loader; yields nothing.

        The block's writes go to a new database (beside the store's folder, or in memory), which
        reads inside the block see; at the end of the block it is checked (every graph holds what was
        written), its name index filled, and it replaces the store's. On an error or interrupt the new
        database is deleted and the store is as it was. A store that holds plans (or private or
        derived graphs), a store folder given by a symbolic link, or one beside which no folder can be
        made, is written transactionally, as outside the block.

        Raises:
            StoreError: the new database cannot be loaded or checked; the store is as it was.
        """
        folder = None if self.location == MEMORY else Path(self.location)
        if (
            self.read_only
            or self._bulk is not None
            or (folder is not None and folder.is_symlink())  # the exchange would replace the link
            or not set(self._named_graphs()) <= _REFERENCE_ONLY
        ):
            yield
            return
        try:
            bulk: BulkBuild | None = BulkBuild.begin(folder)
        except StoreError:  # e.g. a folder that is writable in a parent that is not
            bulk = None
        if bulk is None:
            yield
            return
        kept = self._names
        self._bulk, self._names = bulk, None
        self._forget_graphs([])
        try:
            yield
            self._finish_bulk(bulk, kept)
        except BaseException:
            if self._bulk is bulk:  # failed before the new database was taken: the store is untouched
                self._bulk, self._names = None, kept
                self._forget_graphs()
            bulk.discard()
            raise

    def _bulk_add(self, contents: Mapping[URIRef, str]) -> bool:
        bulk = self._bulk
        names = {str(graph): text for graph, text in contents.items()}
        if bulk is None or self._graph_names is None:
            return False
        if any(name in bulk.expected or name in self._graph_names for name in names):
            return False  # written before in this build: the transactional update replaces it
        self._forget_graphs(sorted({*self._graph_names, *bulk.add(names)}))
        return True

    def _finish_bulk(self, bulk: BulkBuild, kept: NameIndex | None) -> None:
        """Check a bulk build's new database, fill its name index and put it in the store's place."""
        bulk.check()
        folder = bulk.folder
        names = NameIndex.open(
            Path(str(folder) + INDEX_SUFFIX) if folder is not None else None,
            _identity(folder) if folder is not None else "",
        )
        if names is not None:
            try:
                # The graphs a write re-reads outside a bulk build: not the merged or derived ones.
                graphs = [
                    g.value
                    for g in bulk.database.named_graphs()
                    if isinstance(g, ox.NamedNode)
                    and g.value != str(REFERENCE_GRAPH)
                    and not g.value.startswith(DERIVED_PREFIX)
                ]
                names.fill(graphs, lambda g, p: bulk.database.quads_for_pattern(None, p, None, g))
            except sqlite3.Error:  # no index: readers read every label, and the next writer fills one
                names.discard()
                names = None
        self._bulk = None
        self._forget_graphs()
        if kept is not None:
            kept.close()
        if folder is None:
            self._database, self._names = bulk.database, names
            bulk.close()
            return
        bulk.close()
        if names is not None:
            names.close()
        target = Path(self.location)
        del self._database  # RocksDB lets one process write a database: release it to replace it
        try:
            put_in_place(folder, target)
            if names is not None and names.path is not None:
                with contextlib.suppress(OSError):  # the index left beside is another store's: refilled
                    os.replace(names.path, index_path(target))
        finally:
            self._database = ox.Store(str(target))
            self._names = NameIndex.open(index_path(target), _identity(target))
            self.with_current_names()

    # -- reading -------------------------------------------------------------------------------

    def graphs(self, include_private: bool = False) -> list[URIRef]:
        """Return the store's public named graphs, sorted; private (appraisal) graphs only when asked.

        The hidden contribution graphs, whose merge is the reference graph, are never listed.
        """
        if include_private not in self._visible:  # filtering thousands of names costs a query ms at 5M
            self._visible[include_private] = visible_graphs(self._stored_graphs(), include_private)
        return list(self._visible[include_private])

    def query(
        self,
        sparql: str,
        bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
        include_private: bool = False,
        graphs: Iterable[str] | None = None,
    ) -> QueryResult:
        """Run a SPARQL query, with ``bindings`` as bound terms.

        ``graphs`` limits the named graphs ``GRAPH ?g`` sees to those of them it may see at all
        (naming 1,100 plans' graphs costs a query about 17 ms at 5M triples).

        The default graph is the merge of the public graphs (plans, reference, ontology), with the
        private appraisal graphs added only when ``include_private``; ``GRAPH ?g`` sees the same graphs.
        The default graph is then a union of graphs, not a merge: a triple stated in a public and
        a private graph would match twice, so the appraisal loader never restates public triples.

        Bindings are bound as RDF terms by :func:`~councilkg.queries.sparqltext.bind`, which writes
        each term in, escaped, in place of its variable: a value can never change the query's shape.

        Raises:
            QueryError: the query is not valid SPARQL.
        """
        visible = self.graphs(include_private)
        if include_private not in self._private:
            self._private[include_private] = private_graphs(visible)
        private = [ox.NamedNode(g) for g in self._private[include_private]]
        text = bind(sparql, bindings) if bindings else sparql
        # Naming the dataset costs a query several ms at 1M triples: it is named only for a query that
        # names a graph itself, and the default graph otherwise only to add private graphs to it.
        default: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] | None = None
        named: list[ox.NamedNode | ox.BlankNode] | None = None
        # Naming 1,100 graphs costs a query 9 ms: an outcome "safe from harm" in an IRI must not.
        names_graphs = bool(_NAMES_GRAPHS.search(_COMMENT_LINE.sub("", text)))
        if private or names_graphs:
            default = [ox.DefaultGraph(), *private]
        if names_graphs:
            named = [ox.NamedNode(g) for g in reached_graphs(visible, graphs)]
        try:
            result = self._store.query(text, prefixes=PREFIXES, default_graph=default, named_graphs=named)
            if isinstance(result, ox.QuerySolutions):
                variables = tuple(v.value for v in result.variables)
                # A solution iterates its values in the order of the variables, unbound ones as
                # None: a fifth faster than looking each variable up (8 ms of a thread's 41 at 5M).
                rows = tuple(tuple(solution) for solution in result)
                return QueryResult("select", variables=variables, rows=rows)
            if isinstance(result, ox.QueryBoolean):
                return QueryResult("ask", boolean=bool(result))
            return QueryResult("construct", triples=tuple(result))
        except SyntaxError as error:
            raise QueryError(syntax_message(text, str(error))) from error
        except RuntimeError as error:
            raise QueryError(f"query failed: {first_line(str(error))}") from error
        except OSError as error:
            raise StoreError(f"reading store {self.location} failed: {error}") from error

    def graph_quads(self, graph: URIRef) -> Iterator[ox.Quad]:
        """Yield the quads of one named graph (hidden contribution graphs included)."""
        yield from self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph)))

    def graph_ntriples(self, graph: URIRef) -> tuple[str, int]:
        """Return one named graph (hidden contribution graphs included) as N-Triples, and its size.

        Written by the database itself: making a Python object of each quad to serialise it took
        twice as long.
        """
        text = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(str(graph))) or b""
        return text.decode(), text.count(b"\n")

    def derived_quads(self, predicate: URIRef, plans: Iterable[str] | None = None) -> Iterator[ox.Quad]:
        """Yield the quads with ``predicate`` of every hidden derived (analytics) graph, read across
        the graphs in one index read, not one per graph; or of the derived graphs of ``plans`` (IRIs),
        one lookup each."""
        property_ = ox.NamedNode(str(predicate))
        if plans is not None:
            for plan in plans:
                graph = ox.NamedNode(str(derived_graph(plan)))
                yield from self._store.quads_for_pattern(graph, property_, None, graph)
            return
        for quad in self._store.quads_for_pattern(None, property_, None, None):
            if isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value.startswith(DERIVED_PREFIX):
                yield quad

    def triple_count(self, graph: URIRef | None = None) -> int:
        """Return the number of triples in one named graph, or in all visible graphs together."""
        graphs = [graph] if graph is not None else self.graphs()
        return sum(
            len(list(self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(name)))))
            for name in graphs
        )


READ_ONLY_ATTEMPTS = 5


def _identity(path: Path) -> str:
    """Return the unique identity RocksDB gives the database in ``path`` (its ``IDENTITY`` file), or
    an empty string when it has none."""
    try:
        return (path / "IDENTITY").read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _open_read_only(path: Path) -> ox.Store:
    """Return a read-only view of the store at ``path``, retrying while a writer swaps its files.

    RocksDB lists the live files in its manifest; a writer compacting at the moment a reader
    opens can delete a file the reader just read of, which pyoxigraph reports as "Corruption ...
    No such file". Opening again reads the new manifest.

    Raises:
        RuntimeError, OSError: the store still cannot be opened after several attempts.
    """
    for attempt in range(1, READ_ONLY_ATTEMPTS):
        try:
            return ox.Store.read_only(str(path))
        except RuntimeError as error:
            if "No such file" not in str(error):
                raise
            time.sleep(0.05 * attempt)
    return ox.Store.read_only(str(path))
