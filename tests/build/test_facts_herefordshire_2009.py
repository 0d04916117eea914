"""Contract facts of the Herefordshire CYP Directorate Plan 2009-2011, asked of its N-Quads export.

Only the published vocabulary (ONTOLOGY.md) is used in the queries.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from councilkg.data import bundled_plan
from councilkg.documents.document import Document, read_document
from councilkg.loaders import get_loader
from councilkg.loaders.model import Extraction
from tests.contract import export_of, select, validation_of

PLAN = "https://w3id.org/councilkg/id/plan/herefordshire/cyp-directorate-plan-2009-11"
PLAN_FILE = bundled_plan("herefordshire-cyp-directorate-plan-2009-11.txt").path


@pytest.fixture(scope="module")
def document() -> Document:
    """The bundled plan."""
    return read_document(PLAN_FILE)


@pytest.fixture(scope="module")
def extraction(document: Document) -> Extraction:
    """The bundled plan, extracted once."""
    return get_loader("herefordshire-directorate-2009").load(document)


@pytest.fixture(scope="module")
def exported(extraction: Extraction, document: Document) -> ox.Store:
    """A fresh store holding the N-Quads export of the plan."""
    return export_of(extraction, document)


def test_ni59_observations_and_the_priority_it_measures(exported: ox.Store) -> None:
    """NI 59: outturn 55.2 (2007/08), SN Group comparator 71.1, targets 65 and 70; measures safeguarding."""
    rows = select(
        exported,
        f"""SELECT ?type ?period ?value ?raw ?group WHERE {{
              ?i ckg:inPlan <{PLAN}> ; ckg:ref "NI 59" ;
                 ckg:nationalCode <https://w3id.org/councilkg/id/indicator-set/ni/59> .
              ?o ckg:indicator ?i ; ckg:measureType ?type ; ckg:period ?period ; ckg:value ?value ;
                 ckg:rawValue ?raw ; ckg:unit "percent" .
              OPTIONAL {{ ?o ckg:comparatorGroup ?group }} }} ORDER BY ?period ?type""",
    )
    ckg = "https://w3id.org/councilkg#"
    assert rows == [
        {
            "type": f"{ckg}Comparator",
            "period": "2007/08",
            "value": "71.1",
            "raw": "71.1%",
            "group": "SN Group",
        },
        {"type": f"{ckg}Outturn", "period": "2007/08", "value": "55.2", "raw": "55.2%"},
        {"type": f"{ckg}Target", "period": "2009/10", "value": "65", "raw": "65%"},
        {"type": f"{ckg}Target", "period": "2010/11", "value": "70", "raw": "70%"},
    ]
    measured = select(
        exported,
        """SELECT ?label ?outcome WHERE {
             ?i ckg:ref "NI 59" ; ckg:measures ?p . ?p a ckg:Priority ; rdfs:label ?label ;
                ckg:contributesTo ?outcome .
             ?outcome skos:inScheme <https://w3id.org/councilkg/id/framework/ecm> }""",
    )
    assert measured == [
        {
            "label": "To embed safeguarding arrangements across all services and agencies",
            "outcome": "https://w3id.org/councilkg/id/framework/ecm/stay-safe",
        }
    ]


def test_cyp1_ratings_and_owner_held_by_chris_baird(exported: ox.Store) -> None:
    """CYP1 is rated 12 (HIGH), residual 6, owned by the post Chris Baird holds."""
    rows = select(
        exported,
        f"""SELECT ?rating ?residual ?post ?person WHERE {{
              ?r a ckg:Risk ; ckg:inPlan <{PLAN}> ; ckg:ref "CYP1" ; ckg:rating ?rating ;
                 ckg:residualRating ?residual ; ckg:owner ?o .
              ?o a ckg:Post ; rdfs:label ?post ; org:heldBy/rdfs:label ?person }}""",
    )
    assert rows == [
        {
            "rating": "12",
            "residual": "6",
            "post": "Head of Planning, Performance and Development",
            "person": "Chris Baird",
        }
    ]


def test_head_of_community_operations_actions_reach_kathy_omahony(exported: ox.Store) -> None:
    """Actions owned by "Head of Community Operations" reach Kathy O'Mahony through org:heldBy."""
    rows = select(
        exported,
        f"""SELECT DISTINCT ?person (COUNT(DISTINCT ?a) AS ?actions) WHERE {{
              ?a a ckg:Action ; ckg:inPlan <{PLAN}> ; ckg:owner ?post .
              ?post rdfs:label "Head of Community Operations" ; org:heldBy/rdfs:label ?person }}
            GROUP BY ?person""",
    )
    assert rows == [{"person": "Kathy O'Mahony", "actions": "14"}]


def test_interim_post_and_unreferenced_indicator(exported: ox.Store) -> None:
    """The interim head's post is titled without "Interim"; "Number of CAFs completed" has no ref."""
    held = select(
        exported,
        """SELECT ?post WHERE { ?p a ckg:Post ; rdfs:label ?post ; org:heldBy/rdfs:label "Suzie Goodman" }""",
    )
    assert held == [{"post": "Head of Safeguarding and Vulnerable Children"}]
    cafs = select(
        exported,
        f"""SELECT ?line ?ref WHERE {{ ?i a ckg:Indicator ; ckg:inPlan <{PLAN}> ;
              rdfs:label "Number of CAFs completed" ; ckg:sourceLine ?line .
              OPTIONAL {{ ?i ckg:ref ?ref }} }}""",
    )
    assert cafs == [{"line": "430"}]


def test_every_plan_action_reaches_an_ecm_or_plan_outcome(exported: ox.Store) -> None:
    """All 107 actions of the action plans support a priority that contributes to an outcome."""
    rows = select(
        exported,
        f"""SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{
              ?a a ckg:Action ; ckg:inPlan <{PLAN}> ; ckg:supports/ckg:contributesTo ?outcome .
              ?outcome a ckg:Outcome . FILTER NOT EXISTS {{ ?a a ckg:Project }} }}""",
    )
    assert rows == [{"n": "107"}]


def test_export_conforms_to_the_shapes(extraction: Extraction, document: Document) -> None:
    """The plan's graph, with the reference data, satisfies every SHACL shape."""
    report = validation_of(extraction, document)
    assert report.conforms, report.violations[:5]
