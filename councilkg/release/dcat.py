"""The DCAT catalogue of a release: one ``dcat:Dataset`` per plan, one for the release as a whole,
and a ``dcat:Distribution`` (download URL, media type, size, SHA-256) per file written.

A plan's dataset names its council (``dcterms:publisher``, and its ONS geography as
``dcterms:spatial``), its years (``dcterms:temporal``), the source document it was read from with
that file's digest, and the licence the plan states, else the literal "not stated".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, PROV, RDF, XSD

from councilkg.ontology.vocab import CKG, ID_IRI, MEDIA_TYPES, NOT_STATED, ONS_GEOGRAPHY, SPDX


@dataclass(frozen=True)
class SourceFile:
    """A file a plan was read from, as the store records it: IRI, file name, SHA-256, media type."""

    iri: str
    file_name: str
    sha256: str
    media_type: str | None = None


@dataclass(frozen=True)
class PlanRecord:
    """What the catalogue says of one loaded plan (the ``release-plans`` query's row)."""

    iri: str
    title: str
    authority: str
    authority_label: str
    gss: str | None
    start_year: str | None
    end_year: str | None
    loader: str
    licence: str | None
    source: SourceFile
    original: SourceFile | None = None


@dataclass(frozen=True)
class WrittenFile:
    """A file of the release: its path inside the release folder, media type, size, SHA-256, what it
    holds, and the plan it belongs to (``None``: the release as a whole)."""

    path: str
    media_type: str
    byte_size: int
    sha256: str
    description: str
    plan: str | None = None


def plan_dataset_iri(catalog: URIRef, plan: str) -> URIRef:
    """Return the IRI of a plan's dataset: ``<catalogue file>#plan/<authority>/<plan>``."""
    return URIRef(f"{catalog}#{plan.removeprefix(ID_IRI)}")


def catalog_graph(
    catalog_file: URIRef,
    release: URIRef,
    plans: Sequence[PlanRecord],
    files: Sequence[WrittenFile],
    *,
    title: str,
    issued: str,
    generator: str,
) -> Graph:
    """Return the DCAT catalogue of a release.

    Args:
        catalog_file: the IRI of the catalogue file itself; the file IRIs are resolved against it.
        release: the IRI of the release's dataset (also the VoID dataset).
        plans: the loaded plans, one dataset each.
        files: the files written, one distribution each (a plan's own file goes to its dataset).
        title: the release's title.
        issued: the release date (``YYYY-MM-DD``).
        generator: what wrote it (``councilkg 0.1.0``).
    """
    graph = Graph()
    catalog = URIRef(f"{catalog_file}#catalog")
    date = Literal(issued, datatype=XSD.date)
    graph.add((catalog, RDF.type, DCAT.Catalog))
    graph.add((catalog, DCTERMS.title, Literal(f"Catalogue of {title}")))
    graph.add((catalog, DCTERMS.description, Literal(f"Written by {generator} on {issued}.")))
    graph.add((catalog, DCTERMS.issued, date))
    graph.add((catalog, DCAT.dataset, release))
    graph.add((release, RDF.type, DCAT.Dataset))
    graph.add((release, DCTERMS.title, Literal(title)))
    graph.add((release, DCTERMS.issued, date))
    graph.add(
        (
            release,
            DCTERMS.description,
            Literal(
                f"The public graphs of a councilkg store ({len(plans)} plan(s), the reference data and the "
                f"councilkg vocabulary) as RDF, CSV, a VoID description and a SHACL report, by {generator}."
            ),
        )
    )
    graph.add(
        (
            release,
            DCTERMS.rights,
            Literal(
                "Each plan's licence is its dataset's dcterms:license (the licence the plan states, "
                f'else "{NOT_STATED}"); the councilkg vocabulary is CC BY 4.0.'
            ),
        )
    )
    _period(graph, release, [p.start_year for p in plans], [p.end_year for p in plans])
    for plan in plans:
        dataset = plan_dataset_iri(catalog_file, plan.iri)
        graph.add((catalog, DCAT.dataset, dataset))
        graph.add((release, DCTERMS.hasPart, dataset))
        graph.add((dataset, DCTERMS.isPartOf, release))
        graph.add((release, DCTERMS.spatial, _place(plan)))
        _plan_dataset(graph, dataset, plan)
    plan_datasets = {plan.iri: plan_dataset_iri(catalog_file, plan.iri) for plan in plans}
    for written in files:
        owner = plan_datasets.get(written.plan or "", release)
        _distribution(graph, catalog_file, owner, written)
    return graph


def _place(plan: PlanRecord) -> URIRef:
    """Return the plan's place: its authority's ONS geography when the GSS code is known."""
    return ONS_GEOGRAPHY[plan.gss] if plan.gss else URIRef(plan.authority)


def _period(graph: Graph, dataset: URIRef, starts: Sequence[str | None], ends: Sequence[str | None]) -> None:
    """Add ``dcterms:temporal``: a period from the earliest start year to the latest end year."""
    known_starts = sorted(year for year in starts if year)
    known_ends = sorted(year for year in ends if year)
    if not known_starts and not known_ends:
        return
    period = URIRef(f"{dataset}/period")
    graph.add((dataset, DCTERMS.temporal, period))
    graph.add((period, RDF.type, DCTERMS.PeriodOfTime))
    if known_starts:
        graph.add((period, DCAT.startDate, Literal(known_starts[0], datatype=XSD.gYear)))
    if known_ends:
        graph.add((period, DCAT.endDate, Literal(known_ends[-1], datatype=XSD.gYear)))


def _plan_dataset(graph: Graph, dataset: URIRef, plan: PlanRecord) -> None:
    authority = URIRef(plan.authority)
    graph.add((dataset, RDF.type, DCAT.Dataset))
    graph.add((dataset, DCTERMS.title, Literal(plan.title)))
    graph.add((dataset, DCTERMS.identifier, Literal(plan.iri)))
    graph.add((dataset, FOAF.primaryTopic, URIRef(plan.iri)))
    years = "–".join(year for year in (plan.start_year, plan.end_year) if year)
    graph.add(
        (
            dataset,
            DCTERMS.description,
            Literal(
                f'What {plan.authority_label}\'s plan "{plan.title}"{f" ({years})" if years else ""} states, '
                f"as councilkg's {plan.loader} loader read it from {plan.source.file_name}: each statement "
                "with the line it was read from."
            ),
        )
    )
    graph.add((dataset, DCTERMS.publisher, authority))
    graph.add((authority, RDF.type, FOAF.Agent))
    graph.add((authority, FOAF.name, Literal(plan.authority_label)))
    graph.add((dataset, DCTERMS.spatial, _place(plan)))
    _period(graph, dataset, [plan.start_year], [plan.end_year])
    licence = (
        URIRef(plan.licence)
        if plan.licence and plan.licence.startswith(("http://", "https://"))
        else Literal(plan.licence or NOT_STATED)
    )
    graph.add((dataset, DCTERMS.license, licence))
    source = URIRef(plan.source.iri)
    graph.add((dataset, DCTERMS.source, source))
    graph.add((dataset, PROV.wasDerivedFrom, source))
    _source_file(graph, dataset, plan.source, CKG.SourceDocument)
    if plan.original is not None:
        original = URIRef(plan.original.iri)
        graph.add((source, CKG.extractedFrom, original))
        _source_file(graph, dataset, plan.original, CKG.OriginalDocument)


def _source_file(graph: Graph, dataset: URIRef, source: SourceFile, kind: URIRef) -> None:
    node = URIRef(source.iri)
    graph.add((node, RDF.type, kind))
    graph.add((node, RDF.type, FOAF.Document))
    graph.add((node, CKG.fileName, Literal(source.file_name)))
    graph.add((node, CKG.sha256, Literal(source.sha256)))
    if source.media_type:
        graph.add((node, DCTERMS["format"], Literal(source.media_type)))
    _checksum(
        graph,
        node,
        URIRef(f"{dataset}/checksum/{'original' if kind == CKG.OriginalDocument else 'source'}"),
        source.sha256,
    )


def _checksum(graph: Graph, node: URIRef, checksum: URIRef, sha256: str) -> None:
    graph.add((node, SPDX.checksum, checksum))
    graph.add((checksum, RDF.type, SPDX.Checksum))
    graph.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
    graph.add((checksum, SPDX.checksumValue, Literal(sha256, datatype=XSD.hexBinary)))


def _distribution(graph: Graph, catalog_file: URIRef, dataset: URIRef, written: WrittenFile) -> None:
    """Add a ``dcat:Distribution`` of ``written`` to ``dataset``; its URLs are relative to the catalogue."""
    url = URIRef(str(catalog_file).rsplit("/", 1)[0] + "/" + written.path)
    distribution = URIRef(f"{catalog_file}#file/{written.path}")
    graph.add((dataset, DCAT.distribution, distribution))
    graph.add((distribution, RDF.type, DCAT.Distribution))
    graph.add((distribution, DCTERMS.title, Literal(written.path)))
    graph.add((distribution, DCTERMS.description, Literal(written.description)))
    graph.add((distribution, DCAT.downloadURL, url))
    graph.add((distribution, DCAT.accessURL, url))
    graph.add((distribution, DCAT.mediaType, MEDIA_TYPES[written.media_type]))
    graph.add((distribution, DCAT.byteSize, Literal(written.byte_size, datatype=XSD.nonNegativeInteger)))
    _checksum(graph, distribution, URIRef(f"{distribution}/sha256"), written.sha256)
