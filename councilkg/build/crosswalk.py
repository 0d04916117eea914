"""The indicator crosswalk: reviewed SKOS mappings between indicator sets and plans' own indicators.

Plans measure the same things under different regimes: Lambeth 2007-10 prints PAF and BVPI codes,
Herefordshire 2009-11 the National Indicator Set, Lambeth 2020/21 local codes. The crosswalk
(``councilkg/ontology/crosswalk.csv``, columns ``from,to,match,basis``) links them, one reviewed row
each. A cell names a national concept by its code (``NI 65``, ``BVPI 43a``, ``PAF C68``) or a plan's
own indicator as ``<bundled plan file stem>:<ref or label as printed>``
(``lambeth-childrens-directorate-plan-2020-21:RI.56``). Each row becomes, in the reference graph,

- ``<from> skos:exactMatch|skos:closeMatch|skos:relatedMatch <to>`` for SPARQL, and
- one ``ckg:Mapping`` node keeping the reviewer's reason (``ckg:basis``), the CSV line and the CSV
  itself (``prov:wasDerivedFrom``, a ``ckg:SourceDocument``), so a researcher sees why two
  indicators are linked.

:func:`councilkg.analysis.matches.suggest_matches` proposes rows still to review.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from councilkg.data import bundled_plans
from councilkg.errors import CrosswalkError
from councilkg.ontology import ontology_path
from councilkg.ontology.mint import item_iri, national_indicator_iri, plan_iri
from councilkg.ontology.vocab import CKG, ID
from councilkg.text import national_code, slugify

CROSSWALK_FILE = "crosswalk.csv"
HEADER = ("from", "to", "match", "basis")
MATCH_TYPES: dict[str, URIRef] = {
    "exactMatch": SKOS.exactMatch,
    "closeMatch": SKOS.closeMatch,
    "relatedMatch": SKOS.relatedMatch,
}
CROSSWALK_SOURCE = ID["crosswalk/source"]
"""The crosswalk CSV as a ``ckg:SourceDocument``; every mapping is ``prov:wasDerivedFrom`` it."""
_CROSSWALK_PREFIX = str(ID["crosswalk/"])
_NATIONAL_PREFIX = str(ID["indicator-set/"])
_PLAN_PREFIX = str(ID["plan/"])


def crosswalk_path() -> Path:
    """Return the path of the shipped crosswalk CSV, ``councilkg/ontology/crosswalk.csv``."""
    return ontology_path(CROSSWALK_FILE)


@dataclass(frozen=True)
class CrosswalkRow:
    """One row of the crosswalk: ``source`` and ``target`` resolved to IRIs, ``match`` a SKOS match name.

    ``source_code`` and ``target_code`` keep the cells as written in the CSV.
    """

    line: int
    source: URIRef
    target: URIRef
    match: str
    basis: str
    source_code: str = ""
    target_code: str = ""

    @property
    def predicate(self) -> URIRef:
        """Return the SKOS property the row states (``skos:exactMatch``, ``closeMatch``, ``relatedMatch``)."""
        return MATCH_TYPES[self.match]


def resolve_code(text: str) -> URIRef:
    """Return the IRI a crosswalk cell names: a national concept or a bundled plan's indicator.

    A national code resolves as the loaders resolve it (``mint.national_indicator_iri``); a local
    indicator ``<plan file stem>:<ref or label>`` resolves to ``<plan>/indicator/<slug>``, the key
    the loaders give an indicator (a slug of its printed reference, or of its label when it has none).

    Example:
        >>> str(resolve_code("PAF C68"))
        'https://w3id.org/councilkg/id/indicator-set/paf/c68'
        >>> str(resolve_code("lambeth-childrens-directorate-plan-2020-21:RI.56"))
        'https://w3id.org/councilkg/id/plan/lambeth/childrens-directorate-plan-2020-21/indicator/ri-56'

    Raises:
        CrosswalkError: the cell is neither form, or names a plan that is not bundled.
    """
    cell = " ".join(text.split())
    national = national_code(cell)
    if national is not None:
        return national_indicator_iri(*national)
    stem, colon, ref = cell.partition(":")
    if not colon:
        raise CrosswalkError(
            f"{cell!r} is neither a national code (NI 65, BVPI 43a, PAF C68) nor <plan>:<ref>, "
            "e.g. lambeth-childrens-directorate-plan-2020-21:RI.56"
        )
    plans = {plan.path.stem: plan for plan in bundled_plans()}
    plan = plans.get(stem.strip())
    if plan is None or not plan.path.stem.startswith(f"{plan.authority}-"):
        raise CrosswalkError(f"{stem.strip()!r} is not a bundled plan; use one of {', '.join(sorted(plans))}")
    if not ref.strip():
        raise CrosswalkError(f"{cell!r} names no indicator after the colon; give its ref or label as printed")
    iri = plan_iri(plan.authority, plan.path.stem.removeprefix(f"{plan.authority}-"))
    return item_iri(iri, "indicator", slugify(ref.strip()))


def read_crosswalk(path: str | Path | None = None) -> list[CrosswalkRow]:
    """Return the rows of a crosswalk CSV (the shipped one by default), each resolved and checked.

    Args:
        path: a CSV with the header ``from,to,match,basis``; ``None`` reads
            ``councilkg/ontology/crosswalk.csv``.

    Returns:
        The rows in file order.

    Raises:
        CrosswalkError: the file cannot be read, its header is wrong, or a row has the wrong number
            of cells, an unknown match type, a cell in no known code format, an empty basis, maps a
            code to itself, or repeats the pair of an earlier row (either way round). The message
            names the file and line.
    """
    where = Path(path) if path is not None else crosswalk_path()
    try:
        text = where.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CrosswalkError(f"cannot read crosswalk {where}: {error}") from error
    reader = csv.reader(text.splitlines(keepends=True))
    rows: list[CrosswalkRow] = []
    seen: dict[frozenset[URIRef], int] = {}
    header_read = False
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if not header_read:
            if tuple(cell.strip().lower() for cell in cells) != HEADER:
                raise CrosswalkError(
                    f"{where}:{line}: the header must be {','.join(HEADER)}, not {','.join(cells)}"
                )
            header_read = True
            continue
        row = _row(where, line, cells)
        pair = frozenset((row.source, row.target))
        if pair in seen:
            raise CrosswalkError(
                f"{where}:{line}: {row.source_code} and {row.target_code} are already mapped on line "
                f"{seen[pair]}; keep one row per pair"
            )
        seen[pair] = line
        rows.append(row)
    if not header_read:
        raise CrosswalkError(f"{where}: empty crosswalk; the first line must be {','.join(HEADER)}")
    return rows


def _row(where: Path, line: int, cells: list[str]) -> CrosswalkRow:
    if len(cells) != len(HEADER):
        raise CrosswalkError(
            f"{where}:{line}: {len(cells)} cells, expected {len(HEADER)} ({','.join(HEADER)}); "
            "quote a cell that holds a comma"
        )
    source_code, target_code, match, basis = (" ".join(cell.split()) for cell in cells)
    if match not in MATCH_TYPES:
        raise CrosswalkError(
            f"{where}:{line}: unknown match type {match!r}; use one of {', '.join(MATCH_TYPES)}"
        )
    if not basis:
        raise CrosswalkError(f"{where}:{line}: the basis is empty; say why a reviewer accepts this match")
    try:
        source, target = resolve_code(source_code), resolve_code(target_code)
    except CrosswalkError as error:
        raise CrosswalkError(f"{where}:{line}: {error}") from error
    if source == target:
        raise CrosswalkError(f"{where}:{line}: {source_code} is mapped to itself; map it to another code")
    return CrosswalkRow(line, source, target, match, basis, source_code, target_code)


def mapping_iri(source: URIRef, target: URIRef) -> URIRef:
    """Return ``id:crosswalk/<from>/<to>``, the IRI of the mapping node of one crosswalk row.

    Example:
        >>> str(mapping_iri(resolve_code("PAF C68"), resolve_code("NI 66")))
        'https://w3id.org/councilkg/id/crosswalk/paf-c68/ni-66'
    """
    return URIRef(f"{_CROSSWALK_PREFIX}{_mapping_key(source)}/{_mapping_key(target)}")


def _mapping_key(iri: URIRef) -> str:
    """Return ``paf-c68`` for a national concept, ``lambeth-<plan>-<key>`` for a plan's indicator."""
    relative = str(iri)
    for prefix in (_NATIONAL_PREFIX, _PLAN_PREFIX):
        relative = relative.removeprefix(prefix)
    return relative.replace("/indicator/", "-").replace("/", "-")


def crosswalk_graph(rows: Iterable[CrosswalkRow], path: str | Path | None = None) -> Graph:
    """Return the triples of the crosswalk: the SKOS matches, one ``ckg:Mapping`` per row, and the CSV.

    Args:
        rows: rows from :func:`read_crosswalk`.
        path: the CSV the rows were read from (the shipped one by default), described as the
            ``ckg:SourceDocument`` each mapping is ``prov:wasDerivedFrom``.

    Returns:
        A graph for the reference graph.
    """
    where = Path(path) if path is not None else crosswalk_path()
    data = where.read_bytes()
    graph = Graph()
    graph.add((CROSSWALK_SOURCE, RDF.type, CKG.SourceDocument))
    graph.add((CROSSWALK_SOURCE, RDFS.label, Literal(where.name)))
    graph.add((CROSSWALK_SOURCE, CKG.fileName, Literal(where.name)))
    graph.add((CROSSWALK_SOURCE, CKG.sha256, Literal(hashlib.sha256(data).hexdigest())))
    graph.add((CROSSWALK_SOURCE, CKG.lineCount, Literal(len(data.decode("utf-8").splitlines()))))
    for row in rows:
        graph.add((row.source, row.predicate, row.target))
        node = mapping_iri(row.source, row.target)
        label = f"{row.source_code or row.source} {row.match} {row.target_code or row.target}"
        graph.add((node, RDF.type, CKG.Mapping))
        graph.add((node, RDFS.label, Literal(label)))
        graph.add((node, CKG.mapsFrom, row.source))
        graph.add((node, CKG.mapsTo, row.target))
        graph.add((node, CKG.matchType, row.predicate))
        graph.add((node, CKG.basis, Literal(row.basis)))
        graph.add((node, CKG.sourceLine, Literal(row.line)))
        graph.add((node, PROV.wasDerivedFrom, CROSSWALK_SOURCE))
    return graph


def shipped_crosswalk_graph() -> Graph:
    """Return :func:`crosswalk_graph` of the shipped CSV, as the store adds it to the reference graph.

    Raises:
        CrosswalkError: the shipped CSV is malformed.
    """
    return crosswalk_graph(read_crosswalk())
