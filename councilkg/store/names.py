"""The name index: the labels of people, posts, units, partners, authorities and plan items, found by
the words of their normalised label without scanning every label in the store.

It is a SQLite database kept with the store (a file beside a store folder, in memory beside an
in-memory store) with one row per labelled node and graph, and one row per word of its label
(:func:`~councilkg.text.normalise_name`), so that "every word given starts a word of the label" is a
few B-tree range reads. It answers with candidates; the caller keeps its own rules for which match.

The index follows the store's writes a graph at a time, keyed by the named graph that states the
label: a plan's graph, its hidden contribution graph, the shipped reference data or a private
(appraisal) graph. So that no crash can leave it silently wrong, the graphs a write rewrites are
marked *dirty* (committed) before the store is written, and re-read from the store afterwards; an
index with dirty graphs, or never filled, is not :meth:`NameIndex.current`, and a reader then scans
the labels as before while a writer refreshes it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

from councilkg.ontology.graphs import PRIVATE_GRAPH_PREFIX
from councilkg.ontology.vocab import PREFIXES
from councilkg.text import normalise_name

_CKG = PREFIXES["ckg"]
INDEXED_CLASSES = tuple(
    _CKG + name
    for name in (
        "Person",
        "Post",
        "OrganisationalUnit",
        "Partner",
        "Authority",
        "Outcome",
        "Priority",
        "Action",
        "Project",
        "Indicator",
        "Risk",
        "Contract",
        "SavingProposal",
        "AppraisalObjective",
    )
)
"""The classes whose members' labels are indexed (IRIs)."""

INDEX_SUFFIX = ".names.sqlite"
"""The file beside a store folder that holds its name index."""

_RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
_RDFS_LABEL = ox.NamedNode(PREFIXES["rdfs"] + "label")
_NOTATION = ox.NamedNode(PREFIXES["skos"] + "notation")
_REF = ox.NamedNode(_CKG + "ref")
_NATIONAL_CODE = ox.NamedNode(_CKG + "nationalCode")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS names (id INTEGER PRIMARY KEY, graph TEXT NOT NULL, iri TEXT NOT NULL,
                                  class TEXT NOT NULL, label TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS names_graph ON names (graph);
CREATE INDEX IF NOT EXISTS names_iri ON names (iri);
CREATE TABLE IF NOT EXISTS words (word TEXT NOT NULL, name INTEGER NOT NULL, PRIMARY KEY (word, name))
    WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS words_name ON words (name);
CREATE TABLE IF NOT EXISTS dirty (graph TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS refs (graph TEXT NOT NULL, iri TEXT NOT NULL, key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS refs_key ON refs (key);
CREATE INDEX IF NOT EXISTS refs_graph ON refs (graph);
CREATE TABLE IF NOT EXISTS codes (graph TEXT NOT NULL, iri TEXT NOT NULL, concept TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS codes_concept ON codes (concept);
CREATE INDEX IF NOT EXISTS codes_graph ON codes (graph);
CREATE TABLE IF NOT EXISTS notations (graph TEXT NOT NULL, concept TEXT NOT NULL, key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS notations_key ON notations (key);
CREATE INDEX IF NOT EXISTS notations_graph ON notations (graph);
"""
#: The index's layout; an index of another version is refilled by the next writer (read as not filled).
INDEX_VERSION = "2"

QuadsOf = Callable[[ox.NamedNode, ox.NamedNode], Iterator[ox.Quad]]
"""Reads one named graph's quads of a given predicate: ``(graph, predicate) -> quads``."""


@dataclass(frozen=True)
class Name:
    """One labelled node the index holds: its IRI, class IRI and label, and the graph stating them."""

    iri: str
    cls: str
    label: str
    graph: str


def index_path(store_folder: str | Path) -> Path:
    """Return the name index file beside a store folder: ``<folder>.names.sqlite``."""
    return Path(str(store_folder) + INDEX_SUFFIX)


class NameIndex:
    """The name index of one store (see the module's description)."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None = None, store_id: str = "") -> None:
        self._db = connection
        self.path = path
        """The index's file, ``None`` in memory."""
        self.store_id = store_id
        """The identity of the store the index is for (RocksDB's ``IDENTITY``): an index left beside a
        folder that now holds another store (deleted and rebuilt, or copied over) is not its index."""

    @classmethod
    def open(cls, path: Path | None, store_id: str = "", *, read_only: bool = False) -> NameIndex | None:
        """Return the index in the file ``path`` (``None``: in memory) of the store ``store_id``, or
        ``None`` when a read-only index has no file or cannot be read."""
        try:
            if path is None:
                connection = sqlite3.connect(":memory:")
            elif read_only:
                if not path.exists():
                    return None
                connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
                return cls(connection, path, store_id)
            else:
                connection = sqlite3.connect(path)
            connection.executescript(_SCHEMA)
            connection.commit()
            return cls(connection, path, store_id)
        except sqlite3.DatabaseError:
            if path is None or read_only or not path.is_file():
                return None
            path.unlink()  # not an index (damaged, or another file): a writer starts a new one
            return cls.open(path, store_id)
        except sqlite3.Error:
            return None

    def close(self) -> None:
        """Release the database; returns nothing."""
        self._db.close()

    def discard(self) -> None:
        """Close and delete the index (its file), when it can no longer be kept in step; returns nothing.
        The next writer to open the store fills a new one."""
        with contextlib.suppress(sqlite3.Error):
            self._db.close()
        if self.path is not None:
            self.path.unlink(missing_ok=True)

    # -- state ---------------------------------------------------------------------------------

    def current(self) -> bool:
        """Return whether the index holds every graph of the store as it is: filled once, none dirty."""
        try:
            dirty = self._db.execute("SELECT 1 FROM dirty LIMIT 1").fetchone()
            return self.filled() and dirty is None
        except sqlite3.Error:
            return False

    def filled(self) -> bool:
        """Return whether the index was filled from this whole store once, in this version's layout (it
        may have dirty graphs)."""
        state = dict(self._db.execute("SELECT key, value FROM state"))
        return state.get("store") == self.store_id and state.get("version") == INDEX_VERSION

    def dirty_graphs(self) -> list[str]:
        """Return the graphs a write began to rewrite and the index has not re-read since."""
        return [graph for (graph,) in self._db.execute("SELECT graph FROM dirty ORDER BY graph")]

    def mark_dirty(self, graphs: Iterable[str]) -> None:
        """Record (committed) that ``graphs`` are about to be rewritten; returns nothing."""
        with self._db:
            self._db.executemany("INSERT OR IGNORE INTO dirty VALUES (?)", [(g,) for g in graphs])

    # -- writing -------------------------------------------------------------------------------

    def refresh(self, graphs: Iterable[str], quads_of: QuadsOf) -> None:
        """Re-read the labelled nodes of ``graphs`` from the store and clear their dirty mark; returns
        nothing. A graph the store no longer holds leaves no rows."""
        wanted = list(graphs)
        with self._db:
            for graph in wanted:
                stale = "SELECT id FROM names WHERE graph = ?"
                self._db.execute(f"DELETE FROM words WHERE name IN ({stale})", (graph,))
                for table in ("names", "refs", "codes", "notations"):
                    self._db.execute(f"DELETE FROM {table} WHERE graph = ?", (graph,))
                self._insert(_names_in(graph, quads_of))
                self._insert_refs(graph, quads_of)
                self._db.execute("DELETE FROM dirty WHERE graph = ?", (graph,))

    def fill(self, graphs: Iterable[str], quads_of: QuadsOf) -> None:
        """Rebuild the whole index from the store's named graphs ``graphs``; returns nothing."""
        with self._db:
            for table in ("words", "names", "refs", "codes", "notations"):
                self._db.execute(f"DELETE FROM {table}")
            for graph in graphs:
                self._insert(_names_in(graph, quads_of))
                self._insert_refs(graph, quads_of)
            self._db.execute("DELETE FROM dirty")
            self._db.execute("INSERT OR REPLACE INTO state VALUES ('store', ?)", (self.store_id,))
            self._db.execute("INSERT OR REPLACE INTO state VALUES ('version', ?)", (INDEX_VERSION,))

    def _insert(self, names: Iterable[Name]) -> None:
        rows = list(names)
        (last,) = self._db.execute("SELECT COALESCE(MAX(id), 0) FROM names").fetchone()
        ids = range(last + 1, last + 1 + len(rows))
        self._db.executemany(
            "INSERT INTO names (id, graph, iri, class, label) VALUES (?, ?, ?, ?, ?)",
            [(id_, n.graph, n.iri, n.cls, n.label) for id_, n in zip(ids, rows, strict=True)],
        )
        words = [(id_, set(normalise_name(n.label).split())) for id_, n in zip(ids, rows, strict=True)]
        self._db.executemany("INSERT INTO words VALUES (?, ?)", [(w, id_) for id_, ws in words for w in ws])

    def _insert_refs(self, graph: str, quads_of: QuadsOf) -> None:
        """Index ``graph``'s printed references (``ckg:ref``, ``skos:notation``) and national codes
        (``ckg:nationalCode``), and the notations of the concepts it states, by :func:`ref_key`."""
        node = ox.NamedNode(graph)
        refs = [
            (graph, quad.subject.value, ref_key(quad.object.value))
            for predicate in (_REF, _NOTATION)
            for quad in quads_of(node, predicate)
            if isinstance(quad.subject, ox.NamedNode) and isinstance(quad.object, ox.Literal)
        ]
        self._db.executemany("INSERT INTO refs VALUES (?, ?, ?)", [r for r in refs if r[2]])
        notations = [
            (graph, quad.subject.value, ref_key(quad.object.value))
            for quad in quads_of(node, _NOTATION)  # a national concept's, in the reference data
            if isinstance(quad.subject, ox.NamedNode) and isinstance(quad.object, ox.Literal)
        ]
        self._db.executemany("INSERT INTO notations VALUES (?, ?, ?)", notations)
        self._db.executemany(
            "INSERT INTO codes VALUES (?, ?, ?)",
            [
                (graph, quad.subject.value, quad.object.value)
                for quad in quads_of(node, _NATIONAL_CODE)
                if isinstance(quad.subject, ox.NamedNode) and isinstance(quad.object, ox.NamedNode)
            ],
        )

    # -- reading -------------------------------------------------------------------------------

    def find_refs(
        self, text: str, classes: Sequence[str], include_private: bool = False
    ) -> dict[str, str] | None:
        """Return the nodes of ``classes`` whose printed reference or notation is ``text`` ("ref"), or
        which carry a national code whose notation it is ("national code"), keyed by IRI (spaces and
        case ignored, as :func:`ref_key` keys them); ``None`` when the index cannot be read."""
        key = ref_key(text)
        if not key:
            return {}
        try:
            printed = [
                iri for (iri,) in self._db.execute("SELECT DISTINCT iri FROM refs WHERE key = ?", (key,))
            ]
            coded = [
                iri
                for (iri,) in self._db.execute(
                    "SELECT DISTINCT c.iri FROM notations n JOIN codes c ON c.concept = n.concept "
                    "WHERE n.key = ?",
                    (key,),
                )
            ]
        except sqlite3.Error:
            return None
        kept = self.by_iri([*printed, *coded], classes, include_private)
        if kept is None:
            return None
        found = {name.iri for name in kept}
        matches = {iri: "national code" for iri in coded if iri in found}
        matches.update({iri: "ref" for iri in printed if iri in found})
        return matches

    def find(self, text: str, classes: Sequence[str], include_private: bool = False) -> list[Name] | None:
        """Return every indexed name of ``classes`` (IRIs) each word of whose normalised label is
        started by a word of ``text``'s (:func:`~councilkg.text.normalise_name`); every label of
        each node found, so the caller sees all its names. Nothing for text without words; ``None``
        when the index cannot be read (a writer holds it): the caller then reads the store."""
        words = sorted(set(normalise_name(text).split()))
        if not words:
            return []
        try:
            # Start from the rarest word ("clifby", not "children" or "and"), then keep the names that
            # have each other word too: intersecting every word's names read them all (30 ms at 5M).
            words.sort(key=self._word_count)
            ids = [row[0] for row in self._db.execute(_NAMES_OF_WORD, (words[0], _successor(words[0])))]
            for word in words[1:]:
                ids = [
                    row[0]
                    for chunk, marks in _chunks(ids)
                    for row in self._db.execute(
                        f"SELECT DISTINCT name FROM words WHERE name IN ({marks}) AND word >= ? AND word < ?",
                        [*chunk, word, _successor(word)],
                    )
                ]
            iris = list(
                dict.fromkeys(
                    iri
                    for chunk, marks in _chunks(ids)
                    for (iri,) in self._db.execute(f"SELECT iri FROM names WHERE id IN ({marks})", chunk)
                )
            )
        except sqlite3.Error:
            return None
        return self.by_iri(iris, classes, include_private)

    def _word_count(self, word: str) -> int:
        """Return how many indexed names have a word ``word`` starts, counted up to a bound (a rough
        rarity: a word in thousands of names is only known to be common)."""
        bounds = (word, _successor(word), _COUNT_BOUND)
        return int(self._db.execute(_BOUNDED_COUNT, bounds).fetchone()[0])

    def by_iri(
        self, iris: Sequence[str], classes: Sequence[str], include_private: bool = False
    ) -> list[Name] | None:
        """Return the indexed names of the nodes ``iris`` that are of ``classes``, every label of each;
        ``None`` when the index cannot be read."""
        found: list[Name] = []
        classes_marks = ", ".join("?" * len(classes))
        try:
            for chunk, marks in _chunks(iris):
                rows = self._db.execute(
                    f"SELECT DISTINCT iri, class, label, graph FROM names WHERE iri IN ({marks}) "
                    f"AND class IN ({classes_marks})",
                    [*chunk, *classes],
                )
                found += [Name(*row) for row in rows]
        except sqlite3.Error:
            return None
        return [n for n in found if include_private or not n.graph.startswith(PRIVATE_GRAPH_PREFIX)]


T = TypeVar("T")
_NAMES_OF_WORD = "SELECT DISTINCT name FROM words WHERE word >= ? AND word < ?"
_BOUNDED_COUNT = "SELECT COUNT(*) FROM (SELECT 1 FROM words WHERE word >= ? AND word < ? LIMIT ?)"
_COUNT_BOUND = 2_000
"""Counting a word's names stops here: enough to tell a rare word from a common one."""


def _chunks(values: Sequence[T], size: int = 500) -> Iterator[tuple[list[T], str]]:
    """Yield ``values`` a chunk at a time, each with its ``?`` marks: SQLite bounds a query's
    parameters."""
    for start in range(0, len(values), size):
        chunk = list(values[start : start + size])
        yield chunk, ", ".join("?" * len(chunk))


def _successor(word: str) -> str:
    """Return the least string after every string that starts with ``word`` (code point order, which
    SQLite's binary comparison of UTF-8 keeps)."""
    last = ord(word[-1])
    return word[:-1] + chr(last + 1) if last < 0x10FFFF else word + chr(0x10FFFF)


def _names_in(graph: str, quads_of: QuadsOf) -> Iterator[Name]:
    """Yield the nodes of :data:`INDEXED_CLASSES` that ``graph`` types and labels, one per label."""
    node = ox.NamedNode(graph)
    wanted = set(INDEXED_CLASSES)
    typed: dict[str, list[str]] = {}
    for quad in quads_of(node, _RDF_TYPE):
        subject, cls = quad.subject, quad.object
        if isinstance(subject, ox.NamedNode) and isinstance(cls, ox.NamedNode) and cls.value in wanted:
            typed.setdefault(subject.value, []).append(cls.value)
    for quad in quads_of(node, _RDFS_LABEL):
        subject, label = quad.subject, quad.object
        if isinstance(subject, ox.NamedNode) and isinstance(label, ox.Literal):
            for class_iri in typed.get(subject.value, ()):
                yield Name(subject.value, class_iri, label.value, graph)


def ref_key(text: str) -> str:
    """Return a reference as the index keys it: lower case, without spaces ("NI 59" → "ni59").

    Example:
        >>> ref_key(" CSKA 12 "), ref_key("NI 59")
        ('cska12', 'ni59')
    """
    return "".join(text.split()).lower()
