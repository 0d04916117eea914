"""Contract facts of the Southwark CYPP 2010-13, asked of an export with only the published vocabulary."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from councilkg.data import bundled_plan
from councilkg.documents.document import Document, read_document
from councilkg.loaders import get_loader
from councilkg.loaders.model import Extraction
from tests.contract import export_of, select, validation_of

SOUTHWARK = bundled_plan("southwark-cypp-2010-13.txt").path
PLAN = "https://w3id.org/councilkg/id/plan/southwark/cypp-2010-13"


@pytest.fixture(scope="module")
def loaded() -> tuple[Extraction, Document]:
    """The bundled plan and its extraction."""
    document = read_document(SOUTHWARK)
    return get_loader("southwark-cypp-2010").load(document), document


@pytest.fixture(scope="module")
def exported(loaded: tuple[Extraction, Document]) -> ox.Store:
    """A fresh store holding the N-Quads export of the plan."""
    return export_of(*loaded)


def test_gold_contraception_supports_teenage_conceptions_in_succeeding_into_adulthood(
    exported: ox.Store,
) -> None:
    """ "Increase access to contraception" (Action) supports "Lower rates of teenage conceptions"
    (Priority), which contributes to the priority area "Succeeding into adulthood"."""
    rows = select(
        exported,
        """SELECT ?action ?priority ?area WHERE {
             ?action a ckg:Action ; rdfs:label "Increase access to contraception" ; ckg:supports ?priority .
             ?priority a ckg:Priority ; rdfs:label "Lower rates of teenage conceptions" ;
                ckg:contributesTo ?area .
             ?area a ckg:Priority ; rdfs:label "Succeeding into adulthood" }""",
    )
    assert rows == [
        {
            "action": f"{PLAN}/action/increase-access-to-contraception",
            "priority": f"{PLAN}/priority/lower-rates-of-teenage-conceptions",
            "area": f"{PLAN}/priority/area-succeeding-into-adulthood",
        }
    ]


def test_plan_metadata(exported: ox.Store) -> None:
    """A Children and Young People's Plan of Southwark, 2010 to 2013, titled as its cover prints."""
    rows = select(
        exported,
        f"""SELECT ?title ?start ?end ?line WHERE {{
             <{PLAN}> a ckg:Plan ; dcterms:title ?title ; ckg:planType ckg:ChildrenAndYoungPeoplesPlan ;
                ckg:authority <https://w3id.org/councilkg/id/authority/southwark> ;
                ckg:startYear ?start ; ckg:endYear ?end ; ckg:sourceLine ?line }}""",
    )
    assert rows == [
        {"title": "Children and Young People's Plan 2010-2013", "start": "2010", "end": "2013", "line": "93"}
    ]


def test_report_officers_hold_their_posts(exported: ox.Store) -> None:
    """Romi Bowen and Elaine Allegretti hold the posts the report's audit trail gives them."""
    rows = select(
        exported,
        """SELECT ?post ?person WHERE {
             ?p a ckg:Post ; rdfs:label ?post ; org:heldBy ?h . ?h a ckg:Person ; rdfs:label ?person }
           ORDER BY ?person""",
    )
    assert rows == [
        {"post": "Head of Strategy and Partnerships", "person": "Elaine Allegretti"},
        {"post": "Strategic Director of Children's Services", "person": "Romi Bowen"},
    ]


def test_five_areas_and_twenty_priorities_under_them(exported: ox.Store) -> None:
    """Five areas; 19 detailed priorities and one listed only contribute to them."""
    rows = select(
        exported,
        """SELECT ?area (COUNT(?priority) AS ?n) WHERE {
             ?priority a ckg:Priority ; ckg:contributesTo ?a . ?a a ckg:Priority ; rdfs:label ?area }
           GROUP BY ?area ORDER BY ?area""",
    )
    assert rows == [
        {"area": "Narrowing the gap", "n": "4"},
        {"area": "Raising the bar", "n": "4"},
        {"area": "Succeeding into adulthood", "n": "4"},
        {"area": "Thinking family", "n": "5"},
        {"area": "Working together", "n": "3"},
    ]


def test_listed_only_priority_has_no_actions(exported: ox.Store) -> None:
    """The priority only listed under "Thinking family" has no commissioning intention supporting it."""
    rows = select(
        exported,
        """SELECT ?label ?line WHERE {
             ?p a ckg:Priority ; rdfs:label ?label ; ckg:sourceLine ?line ; ckg:contributesTo ?area .
             FILTER NOT EXISTS { ?a ckg:supports ?p } }""",
    )
    assert rows == [
        {
            "label": "Supporting vulnerable families through an effective continuum of parenting provision",
            "line": "270",
        }
    ]


def test_report_intentions_are_one_node_each(exported: ox.Store) -> None:
    """The two intentions the report quotes are one priority each, at the plan's line, with 3 actions."""
    rows = select(
        exported,
        """SELECT ?label ?line (COUNT(DISTINCT ?action) AS ?actions) WHERE {
             ?p a ckg:Priority ; rdfs:label ?label ; ckg:sourceLine ?line .
             ?action ckg:supports ?p .
             FILTER(STRSTARTS(?label, "Looked after")) }
           GROUP BY ?label ?line ORDER BY ?line""",
    )
    assert rows == [
        {
            "label": "Looked after children achieving their educational potential",
            "line": "363",
            "actions": "3",
        },
        {"label": "Looked after young people succeed as young adults", "line": "428", "actions": "3"},
    ]


def test_expected_results(exported: ox.Store) -> None:
    """63 expected results in all; a paired row's result hangs off its own commitment."""
    rows = select(
        exported,
        """SELECT (COUNT(*) AS ?n) WHERE { ?item ckg:expectedResult ?result }""",
    )
    assert rows == [{"n": "63"}]
    rows = select(
        exported,
        """SELECT ?result WHERE {
             ?a a ckg:Action ; ckg:sourceLine 329 ; ckg:expectedResult ?result }""",
    )
    assert rows == [
        {
            "result": "More children, young people and families receiving care and short breaks outside "
            "the home and choosing to use a wider range of local facilities"
        }
    ]
    rows = select(
        exported,
        """SELECT ?result WHERE {
             ?p rdfs:label "Lower rates of teenage conceptions" ; ckg:expectedResult ?result }
           ORDER BY ?result""",
    )
    assert [row["result"] for row in rows] == [
        "A rise in the number of young people accessing contraception",
        "More young people are able to make positive choices around sexual health and relationships, "
        "and more parents feel able to guide and influence their child's choices",
        "Reduced rates of teenage pregnancy, and more teenage parents in training or employment",
    ]


def test_every_commitment_reaches_an_area(exported: ox.Store) -> None:
    """All 59 commissioning intentions reach a top-level priority area along supports/contributesTo*."""
    rows = select(
        exported,
        """SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {
             ?a a ckg:Action ; ckg:supports/ckg:contributesTo* ?area .
             ?area a ckg:Priority . FILTER NOT EXISTS { ?area ckg:contributesTo ?up } }""",
    )
    assert rows == [{"n": "59"}]


def test_recommendations_keep_their_numbers(exported: ox.Store) -> None:
    """The committee report's recommendations are actions with their printed numbers as ckg:ref."""
    rows = select(
        exported,
        f"""SELECT ?ref ?line WHERE {{
             ?a a ckg:Action ; ckg:inPlan <{PLAN}> ; ckg:ref ?ref ; ckg:sourceLine ?line }} ORDER BY ?ref""",
    )
    assert rows == [{"ref": "1", "line": "10"}, {"ref": "2", "line": "11"}]


def test_partners(exported: ox.Store) -> None:
    """The five partner bodies of the plan, and the two named for the safeguarding-services priority."""
    rows = select(
        exported,
        f"""SELECT ?name WHERE {{ <{PLAN}> ckg:partner ?p . ?p a ckg:Partner ; rdfs:label ?name }}
            ORDER BY ?name""",
    )
    assert [row["name"] for row in rows] == [
        "PCT",
        "Southwark Safeguarding Children Board",
        "police",
        "schools",
        "voluntary and community sector",
    ]
    rows = select(
        exported,
        """SELECT ?name WHERE {
             ?item rdfs:label "Services that meet the needs of our children and community" ;
                ckg:partner/rdfs:label ?name } ORDER BY ?name""",
    )
    assert [row["name"] for row in rows] == [
        "Southwark Safeguarding Children Board",
        "voluntary and community sector",
    ]


def test_export_conforms_to_shapes(loaded: tuple[Extraction, Document]) -> None:
    """The plan's graph with the reference data satisfies every SHACL shape."""
    extraction, document = loaded
    report = validation_of(extraction, document)
    assert report.conforms, report.violations[:5]
