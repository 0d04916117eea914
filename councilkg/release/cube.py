"""The release's indicator values as an RDF Data Cube (``cube.ttl``), to join with official statistics.

Each numeric outturn, target and comparator a plan prints becomes a ``qb:Observation`` of one
``qb:DataSet``, keyed as official statistics of English councils are: ``sdmx-dimension:refArea`` is
the authority's ONS statistical-geography IRI (its GSS code; an authority with no known code is
keyed by its own councilkg IRI, and the release README names it), ``sdmx-dimension:refPeriod`` the
UK government year (``2007/08`` → ``reference.data.gov.uk/id/government-year/2007-2008``) or the
calendar year of a value dated by year. Two more dimensions tell the values of an area and period
apart: the plan's indicator (``ckg:indicator``) and whether the value is an outturn, target or
comparator (``ckg:measureType``). The measure is ``sdmx-measure:obsValue``; the unit
(``ckg:unit``) and a comparator's group (``ckg:comparatorGroup``) are attributes.

An observation keeps the IRI it has in the plan's graph, so the cube joins the rest of the release.
A value with no period is left out (no ``refPeriod``), and so is a second value with the same
dimensions as one already in the cube (the Data Cube allows one value per key); the counts of both
are returned for the README.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, QB, RDF, RDFS, XSD

from councilkg.ontology.vocab import (
    CALENDAR_YEAR,
    CKG,
    GOVERNMENT_YEAR,
    ONS_GEOGRAPHY,
    SdmxDimension,
    SdmxMeasure,
)
from councilkg.queries import named_queries
from councilkg.store.base import Store
from councilkg.store.terms import term_text

DIMENSIONS: tuple[tuple[URIRef, URIRef, str], ...] = (
    (SdmxDimension.refArea, RDFS.Resource, "Reference area"),
    (SdmxDimension.refPeriod, RDFS.Resource, "Reference period"),
    (CKG.indicator, CKG.Indicator, "Indicator, as the plan states it"),
    (CKG.measureType, CKG.MeasureType, "Outturn, target or comparator"),
)
"""The cube's dimensions in order: (property, its range, its label)."""

ATTRIBUTES: tuple[tuple[URIRef, str], ...] = (
    (CKG.unit, "Unit of the value: percent, count, GBP, days, rate or score"),
    (CKG.comparatorGroup, "For a comparator: the group it is of (SN Group, England)"),
)
"""The cube's attributes, neither required: (property, label)."""

_PRINTED_YEAR = re.compile(r"(\d{4})/(\d{2})")


@dataclass(frozen=True)
class CubeFacts:
    """What the cube holds: observations, values left out (no period; a key already taken), and the
    authorities keyed by their own IRI for want of a GSS code."""

    observations: int
    undated: int
    duplicates: int
    without_gss: tuple[str, ...]


def ref_period(period: str | None, year: str | None) -> URIRef | None:
    """Return the ``sdmx-dimension:refPeriod`` of a value: its government year, else its calendar year.

    Example:
        >>> str(ref_period("2007/08", None))
        'http://reference.data.gov.uk/id/government-year/2007-2008'
        >>> str(ref_period("1999/00", None)), str(ref_period(None, "2008"))
        ('http://reference.data.gov.uk/id/government-year/1999-2000', 'http://reference.data.gov.uk/id/year/2008')
        >>> ref_period("2007-2009", None) is None
        True
    """
    if period:
        match = _PRINTED_YEAR.fullmatch(period)
        if match is None:
            return None
        start = int(match.group(1))
        if (start + 1) % 100 != int(match.group(2)):
            return None
        return GOVERNMENT_YEAR[f"{start}-{start + 1}"]
    if year and re.fullmatch(r"\d{4}", year):
        return CALENDAR_YEAR[year]
    return None


def cube_graph(store: Store, file_iri: URIRef, title: str, issued: str) -> tuple[Graph, CubeFacts]:
    """Return the cube of ``store``'s indicator values and what it holds.

    Args:
        store: the store to read.
        file_iri: the IRI of the cube's file; the data set is ``<file#dataset>``, its structure
            ``<file#structure>``.
        title: the release's title.
        issued: the release date (``YYYY-MM-DD``).

    Returns:
        The graph (the data set, its structure, the component properties declared, the observations)
        and its :class:`CubeFacts`.
    """
    graph = Graph()
    dataset = URIRef(f"{file_iri}#dataset")
    _structure(graph, dataset, file_iri, title, issued)
    result = store.query(named_queries()["release-cube"].text)
    keys: set[tuple[str, ...]] = set()
    undated = duplicates = 0
    without_gss: set[str] = set()
    for row in result.rows:
        cell = dict(zip(result.variables, (term_text(term) for term in row), strict=True))
        period = ref_period(cell["period"], cell["year"])
        if period is None:
            undated += 1
            continue
        authority = cell["authority"] or ""
        if cell["gss"]:
            area = ONS_GEOGRAPHY[cell["gss"]]
        else:
            area = URIRef(authority)
            without_gss.add(authority)
        key = (str(area), str(period), cell["indicator"] or "", cell["measureType"] or "")
        if key in keys:
            duplicates += 1
            continue
        keys.add(key)
        observation = URIRef(cell["observation"] or "")
        graph.add((observation, RDF.type, QB.Observation))
        graph.add((observation, QB.dataSet, dataset))
        graph.add((observation, SdmxDimension.refArea, area))
        graph.add((observation, SdmxDimension.refPeriod, period))
        graph.add((observation, CKG.indicator, URIRef(key[2])))
        graph.add((observation, CKG.measureType, URIRef(key[3])))
        graph.add((observation, SdmxMeasure.obsValue, Literal(cell["value"], datatype=XSD.decimal)))
        if cell["unit"]:
            graph.add((observation, CKG.unit, Literal(cell["unit"])))
        if cell["group"]:
            graph.add((observation, CKG.comparatorGroup, Literal(cell["group"])))
    return graph, CubeFacts(len(keys), undated, duplicates, tuple(sorted(without_gss)))


def _structure(graph: Graph, dataset: URIRef, file_iri: URIRef, title: str, issued: str) -> None:
    """Add the data set, its data structure definition and the declarations of its components."""
    structure = URIRef(f"{file_iri}#structure")
    graph.add((dataset, RDF.type, QB.DataSet))
    graph.add((dataset, RDFS.label, Literal(f"Indicator values — {title}")))
    graph.add((dataset, DCTERMS.title, Literal(f"Indicator values — {title}")))
    graph.add(
        (
            dataset,
            DCTERMS.description,
            Literal(
                "Each numeric outturn, target and comparator the plans print, by area (the authority's "
                "ONS statistical geography), period (UK government year, or calendar year), indicator "
                "and measure type."
            ),
        )
    )
    graph.add((dataset, DCTERMS.issued, Literal(issued, datatype=XSD.date)))
    graph.add((dataset, QB.structure, structure))
    graph.add((structure, RDF.type, QB.DataStructureDefinition))
    components = (
        *((p, QB.DimensionProperty, QB.dimension, label) for p, _, label in DIMENSIONS),
        (SdmxMeasure.obsValue, QB.MeasureProperty, QB.measure, "Observed value"),
        *((p, QB.AttributeProperty, QB.attribute, label) for p, label in ATTRIBUTES),
    )
    for order, (prop, kind, role, label) in enumerate(components, start=1):
        component = URIRef(f"{file_iri}#component-{order}")
        graph.add((structure, QB.component, component))
        graph.add((component, RDF.type, QB.ComponentSpecification))
        graph.add((component, role, prop))
        graph.add((component, QB.componentProperty, prop))
        graph.add((component, QB.order, Literal(order)))
        if kind == QB.AttributeProperty:
            graph.add((component, QB.componentRequired, Literal(False)))
        graph.add((prop, RDF.type, kind))
        graph.add((prop, RDF.type, RDF.Property))
        graph.add((component, RDFS.label, Literal(label, lang="en")))
    for prop, prop_range, _ in DIMENSIONS:
        graph.add((prop, RDFS.range, prop_range))
