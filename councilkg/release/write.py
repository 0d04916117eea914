"""``councilkg release DIR``: one citable release of a store's public graphs, written whole or not at all.

A release holds the public graphs as N-Quads and TriG (the named graphs) and as Turtle (their merge,
and one file per named graph), their VoID description, a DCAT catalogue with a dataset per plan and
a distribution per file, the SHACL report of the graph, CSV tables of items, indicators with their
observations and owners, a README and a ``SHA256SUMS`` file. The private appraisal graphs are never
read. Everything is written into a new folder beside the target and renamed into place at the end,
so a failed release leaves nothing behind; a previous release is replaced only when asked.

The VoID and DCAT files use IRIs relative to the release folder (``<dataset.nq>``, ``<#catalog>``):
they resolve wherever the folder is published or unpacked.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from importlib.metadata import version
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.compare import to_canonical_graph

from councilkg.analysis.validate import shacl_report, store_data_graph
from councilkg.csvtext import csv_text
from councilkg.errors import ReleaseError
from councilkg.files import new_folder_beside, replace_folder, sync_folders
from councilkg.ontology.vocab import FORMATS, ID_IRI, RELEASE_PREFIXES
from councilkg.queries import named_queries
from councilkg.release.cube import cube_graph
from councilkg.release.dcat import PlanRecord, SourceFile, WrittenFile, catalog_graph
from councilkg.release.readme import ReadmeFacts, readme_text
from councilkg.release.void import DatasetStatistics, GraphDump, dataset_statistics, void_graph
from councilkg.store.base import Store
from councilkg.store.rdf import ox_triples
from councilkg.store.terms import term_text

PLACEHOLDER = "x-councilkg-release:/release/"
"""The base the release's own IRIs are built on before each file writes them relative to itself. Its
scheme is one no data IRI has, so no other IRI is ever written relative (an ``https:`` base would turn
``https://w3id.org/...`` into ``//w3id.org/...``)."""

NQUADS, TRIG, TURTLE = "dataset.nq", "dataset.trig", "dataset.ttl"
VOID_FILE, CATALOG_FILE, REPORT_FILE, README_FILE, SUMS_FILE, CUBE_FILE = (
    "void.ttl",
    "catalog.ttl",
    "validation.ttl",
    "README.md",
    "SHA256SUMS",
    "cube.ttl",
)
GRAPHS_FOLDER = "graphs"
CSV_TABLES: tuple[tuple[str, str, str], ...] = (
    (
        "items.csv",
        "release-items",
        "Outcomes, priorities, actions, projects, indicators and risks: plan, type, IRI, reference, label, "
        "source file and line",
    ),
    (
        "indicators.csv",
        "release-indicators",
        "Indicators with their outturns, targets and comparators (one row per observation)",
    ),
    (
        "owners.csv",
        "release-owners",
        "Owners (people, posts, units, partners) and the items they own, by role",
    ),
)
_PREFIXES = RELEASE_PREFIXES


@dataclass(frozen=True)
class ReleaseSummary:
    """What a release wrote: its folder, files, plans, named graphs, distinct triples, quads, whether
    the graph conforms to the shapes, and the seconds it took."""

    folder: Path
    files: tuple[WrittenFile, ...]
    plans: int
    graphs: int
    triples: int
    quads: int
    conforms: bool
    seconds: float


def write_release(
    store: Store,
    folder: str | Path,
    *,
    force: bool = False,
    endpoint_url: str | None = None,
    issued: date | None = None,
) -> ReleaseSummary:
    """Write a release of ``store``'s public graphs into ``folder``; see the module's doc.

    Args:
        store: the store to release (its private appraisal graphs are never read).
        folder: the release folder: new, empty, or (with ``force``) a previous release.
        force: replace a previous release in ``folder``.
        endpoint_url: a SPARQL endpoint that serves the same graphs, for ``void:sparqlEndpoint``.
        issued: the release date (default: today).

    Returns:
        What was written.

    Raises:
        ReleaseError: ``folder`` is in the way (a file, a link, a folder with other files) or a file
            cannot be written; nothing is left behind.
    """
    started = time.monotonic()
    target = Path(folder)
    _check_target(target, force)
    plans = plan_records(store)
    if not plans:
        raise ReleaseError(f"store {store.location} holds no plans; build or load plans before a release")
    day = (issued or date.today()).isoformat()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        work = new_folder_beside(target)
    except OSError as error:
        raise ReleaseError(f"cannot write the release {target}: {error.strerror or error}") from error
    try:
        written, stats, conforms = _write_files(store, work, plans, day, endpoint_url)
        sync_folders(work)
        replace_folder(work, target)
    except BaseException as error:
        shutil.rmtree(work, ignore_errors=True)
        if isinstance(error, OSError):
            raise ReleaseError(
                f"cannot write the release {target}: {error.strerror or error}; nothing was written"
            ) from error
        raise
    return ReleaseSummary(
        target,
        tuple(written),
        len(plans),
        len(stats.graphs),
        stats.triples,
        sum(triples for _, triples in stats.graphs),
        conforms,
        time.monotonic() - started,
    )


def _check_target(target: Path, force: bool) -> None:
    """Refuse a target that is a link or a file, or a folder with files unless it is a previous
    release and ``force`` is given."""
    if target.is_symlink():
        raise ReleaseError(f"{target} is a symbolic link; give the release a folder of its own")
    if not target.exists():
        return
    if not target.is_dir():
        raise ReleaseError(f"{target} is a file, not a folder; give the release a new or empty folder")
    if not any(target.iterdir()):
        return
    if not force:
        raise ReleaseError(
            f"{target} exists and is not empty; choose a new folder, or give --force to replace the "
            "release in it"
        )
    if not ((target / CATALOG_FILE).is_file() and (target / VOID_FILE).is_file()):
        raise ReleaseError(
            f"{target} holds files that are not a councilkg release (no {CATALOG_FILE} and {VOID_FILE}); "
            "--force replaces only a previous release"
        )


class _Writer:
    """Writes the files of a release into its folder, remembering each one's size and SHA-256."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.written: list[WrittenFile] = []

    def write(
        self,
        path: str,
        chunks: Sequence[bytes] | bytes | str,
        media_type: str,
        description: str,
        plan: str | None = None,
    ) -> WrittenFile:
        """Write ``chunks`` to ``path`` (inside the folder), fsync it, and return its record."""
        pieces = (
            [chunks.encode("utf-8")]
            if isinstance(chunks, str)
            else [chunks]
            if isinstance(chunks, bytes)
            else chunks
        )
        digest = hashlib.sha256()
        size = 0
        destination = self.folder / path
        destination.parent.mkdir(parents=True, exist_ok=True)
        with destination.open("xb") as stream:
            for piece in pieces:
                stream.write(piece)
                digest.update(piece)
                size += len(piece)
            stream.flush()
            os.fsync(stream.fileno())
        record = WrittenFile(path, media_type, size, digest.hexdigest(), description, plan)
        self.written.append(record)
        return record


def _write_files(
    store: Store, folder: Path, plans: Sequence[PlanRecord], day: str, endpoint_url: str | None
) -> tuple[list[WrittenFile], DatasetStatistics, bool]:
    """Write every file of the release into ``folder``; return the files, the statistics and whether
    the graph conforms to the shapes."""
    writer = _Writer(folder)
    plan_iris = {plan.iri for plan in plans}
    names = graph_file_names(store.graphs())
    graphs: list[tuple[str, list[ox.Triple]]] = []
    quads: list[ox.Quad] = []
    nquads: list[bytes] = []
    dumps: list[GraphDump] = []
    for graph, file_name in names.items():
        graph_quads = sorted(store.graph_quads(graph), key=str)
        triples = [quad.triple for quad in graph_quads]
        graphs.append((str(graph), triples))
        quads += graph_quads
        nquads.append(ox.serialize(graph_quads, format=ox.RdfFormat.N_QUADS) or b"")
        path = f"{GRAPHS_FOLDER}/{file_name}"
        text = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=_PREFIXES) or b""
        writer.write(
            path,
            text,
            "text/turtle",
            f"The named graph <{graph}> as Turtle",
            str(graph) if str(graph) in plan_iris else None,
        )
        dumps.append(GraphDump(str(graph), _here(path)))
    stats = dataset_statistics(graphs)
    writer.write(NQUADS, nquads, "application/n-quads", "The public named graphs as N-Quads, graph by graph")
    writer.write(
        TRIG,
        ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=_PREFIXES) or b"",
        "application/trig",
        "The public named graphs as TriG (Turtle with named graphs)",
    )
    merged = sorted({quad.triple for quad in quads}, key=str)
    del quads
    writer.write(
        TURTLE,
        ox.serialize(merged, format=ox.RdfFormat.TURTLE, prefixes=_PREFIXES) or b"",
        "text/turtle",
        "The merge of the public graphs as Turtle (each triple once, no graph names)",
    )
    del merged
    conforms, report = shacl_report(store_data_graph(store))
    writer.write(
        REPORT_FILE,
        _turtle(report),
        "text/turtle",
        "The SHACL validation report of the graph against councilkg/ontology/shapes.ttl",
    )
    for file_name, query, description in CSV_TABLES:
        result = store.query(named_queries()[query].text)
        rows = ([term_text(term) for term in row] for row in result.rows)
        writer.write(file_name, csv_text(result.variables, rows), "text/csv", description)
    title = release_title(plans, day)
    cube, cube_facts = cube_graph(store, _here(CUBE_FILE), title, day)
    writer.write(
        CUBE_FILE,
        relative_turtle(cube, CUBE_FILE),
        "text/turtle",
        "The indicator values as an RDF Data Cube: a qb:Observation per numeric outturn, target and "
        "comparator, by area (GSS code), government year, indicator and measure type",
    )
    release = _here(f"{VOID_FILE}#dataset")
    void = void_graph(
        stats,
        _here(VOID_FILE),
        release,
        title=title,
        dumps=[_here(NQUADS), _here(TRIG), _here(TURTLE)],
        graph_dumps=dumps,
        formats=[FORMATS["N-Quads"], FORMATS.TriG, FORMATS.Turtle],
        endpoint_url=endpoint_url,
        issued=day,
    )
    writer.write(
        VOID_FILE,
        relative_turtle(void, VOID_FILE),
        "text/turtle",
        "The VoID description: counts, class and property partitions, a subset per named graph",
    )
    generator = f"councilkg {version('councilkg')}"
    facts = ReadmeFacts(
        title, day, generator, plans, tuple(writer.written), stats, conforms, endpoint_url, cube_facts
    )
    writer.write(
        README_FILE,
        readme_text(facts),
        "text/markdown",
        "What each file is, where the data came from, how to reproduce it, and the licences",
    )
    catalog = catalog_graph(
        _here(CATALOG_FILE), release, plans, writer.written, title=title, issued=day, generator=generator
    )
    writer.write(CATALOG_FILE, relative_turtle(catalog, CATALOG_FILE), "text/turtle", "The DCAT catalogue")
    sums = "".join(f"{f.sha256}  {f.path}\n" for f in sorted(writer.written, key=lambda f: f.path))
    writer.write(SUMS_FILE, sums, "text/plain", "SHA-256 of every file (sha256sum -c SHA256SUMS)")
    return writer.written, stats, conforms


def _here(path: str) -> URIRef:
    """Return the IRI of ``path`` inside the release folder (written relative in the files)."""
    return URIRef(PLACEHOLDER + path)


def _turtle(graph: Graph) -> bytes:
    """Return ``graph`` as Turtle with the release's prefixes, in a stable order: blank nodes are
    labelled canonically, so the same graph gives the same bytes."""
    triples = ox_triples(to_canonical_graph(graph))
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=_PREFIXES) or b""


def relative_turtle(graph: Graph, path: str) -> bytes:
    """Return ``graph`` as Turtle for the file ``path`` of the release, its own IRIs written relative
    to that file (``<#catalog>``, ``<dataset.nq>``) and no ``@base``, so they resolve where it lies.

    Raises:
        ReleaseError: an IRI of the release could not be written relative (a bug, not bad input).
    """
    triples = ox_triples(graph)
    base = PLACEHOLDER + path
    text = (
        ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=_PREFIXES, base_iri=base) or b""
    ).decode()
    first, _, rest = text.partition("\n")
    if first != f"@base <{base}> ." or PLACEHOLDER.split(":")[0] in rest:
        raise ReleaseError(f"{path}: an IRI of the release could not be written relative to the file")
    return rest.encode("utf-8")


def plan_records(store: Store) -> list[PlanRecord]:
    """Return the loaded plans as the catalogue describes them, one record per plan (first row wins)."""
    result = store.query(named_queries()["release-plans"].text)
    plans: dict[str, PlanRecord] = {}
    for row in result.rows:
        cell = dict(zip(result.variables, (term_text(term) for term in row), strict=True))
        iri = cell["plan"] or ""
        if iri in plans:
            continue
        original = None
        if cell["original"]:
            original = SourceFile(
                cell["original"],
                cell["originalFile"] or "",
                cell["originalSha256"] or "",
                cell["originalType"],
            )
        plans[iri] = PlanRecord(
            iri=iri,
            title=cell["title"] or iri,
            authority=cell["authority"] or "",
            authority_label=cell["authorityLabel"] or cell["authority"] or "",
            gss=cell["gss"],
            start_year=cell["start"],
            end_year=cell["end"],
            loader=cell["loader"] or "",
            licence=cell["licence"],
            source=SourceFile(cell["source"] or "", cell["sourceFile"] or "", cell["sourceSha256"] or ""),
            original=original,
        )
    return list(plans.values())


def release_title(plans: Sequence[PlanRecord], day: str) -> str:
    """Return a release's title: its plans' authorities and its date.

    Example:
        >>> release_title([], "2026-01-31")
        'councilkg release of 2026-01-31: no plans'
    """
    authorities = sorted({plan.authority_label for plan in plans})
    what = f"{len(plans)} plan(s) of {', '.join(authorities)}" if plans else "no plans"
    return f"councilkg release of {day}: {what}"


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME = 100


def graph_file_names(graphs: Sequence[URIRef | str]) -> dict[URIRef, str]:
    """Return a file name for each named graph: its IRI's path after ``id:plan/`` or ``id:graph/``,
    with every character but letters, digits, ``.``, ``_`` and ``-`` made ``-``; a clash gets a number.

    Example:
        >>> graphs = [ID_IRI + "plan/lambeth/cypp-2010", ID_IRI + "graph/reference", "urn:x:a/b"]
        >>> list(graph_file_names(graphs).values())
        ['lambeth-cypp-2010.ttl', 'reference.ttl', 'urn-x-a-b.ttl']
    """
    names: dict[URIRef, str] = {}
    used: set[str] = set()
    for graph in graphs:
        local = str(graph)
        if local.startswith(ID_IRI):
            local = re.sub(r"^(plan|graph)/", "", local.removeprefix(ID_IRI))
        stem = _UNSAFE.sub("-", local).strip("-.")[:MAX_NAME] or "graph"
        name, number = f"{stem}.ttl", 1
        while name.lower() in used:
            number += 1
            name = f"{stem}-{number}.ttl"
        used.add(name.lower())
        names[URIRef(str(graph))] = name
    return names
