"""Contract facts of the Lambeth CYPS Service Plan 2007-10, asked of an export with the published terms."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from councilkg.data import bundled_plan
from councilkg.documents.document import Document, read_document
from councilkg.loaders import get_loader
from councilkg.loaders.model import Extraction
from tests.contract import export_of, select, validation_of

PLAN = "https://w3id.org/councilkg/id/plan/lambeth/cyps-service-plan-2007-10"
ECM = "https://w3id.org/councilkg/id/framework/ecm/"
GYEARMONTH = "http://www.w3.org/2001/XMLSchema#gYearMonth"


@pytest.fixture(scope="module")
def document() -> Document:
    """The bundled plan."""
    return read_document(bundled_plan("lambeth-cyps-service-plan-2007-10.txt").path)


@pytest.fixture(scope="module")
def extraction(document: Document) -> Extraction:
    """The bundled plan, extracted."""
    return get_loader("lambeth-service-plan-2007").load(document)


@pytest.fixture(scope="module")
def exported(extraction: Extraction, document: Document) -> ox.Store:
    """A fresh store holding the N-Quads export of the plan."""
    return export_of(extraction, document)


def test_adoption_action_due_priority_and_owner(exported: ox.Store) -> None:
    """ "Increase adoption of LAC to 5.5%" is due 2008-03, supports the stability priority (Stay safe),
    and is owned by the Social Care post held by Yashi Shah."""
    rows = select(
        exported,
        f"""SELECT ?due (DATATYPE(?due) AS ?type) ?priority ?post ?person WHERE {{
              ?a a ckg:Action ; ckg:inPlan <{PLAN}> ; rdfs:label "Increase adoption of LAC to 5.5%" ;
                 ckg:due ?due ; ckg:supports ?p ; ckg:owner ?o .
              ?p rdfs:label ?priority ; ckg:contributesTo <{ECM}stay-safe> .
              ?o a ckg:Post ; rdfs:label ?post ; org:heldBy ?h . ?h a ckg:Person ; rdfs:label ?person }}""",
    )
    assert rows == [
        {
            "due": "2008-03",
            "type": GYEARMONTH,
            "priority": "Further improve stability and security for children looked after",
            "post": "Divisional Director, Social Care",
            "person": "Yashi Shah",
        }
    ]


def test_who_owns_what_for_yashi_shah(exported: ox.Store) -> None:
    """The actions owned by Yashi Shah's post are the Social Care actions of the action plan."""
    rows = select(
        exported,
        """SELECT DISTINCT ?label WHERE {
             ?post org:heldBy/rdfs:label "Yashi Shah" .
             ?a a ckg:Action ; ckg:owner ?post ; rdfs:label ?label }""",
    )
    labels = {row["label"] for row in rows}
    assert len(labels) == 15
    assert {
        "Increase adoption of LAC to 5.5%",
        "Improve long-term stability of LAC (2.5 years) to 70%",
        "Reduce turnover of social work staff",
        "Ensure 100% young people leaving care have care plans in place",
    } <= labels
    priorities = select(
        exported,
        """SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {
             ?post org:heldBy/rdfs:label "Yashi Shah" . ?p a ckg:Priority ; ckg:owner ?post }""",
    )
    assert priorities == [{"n": "6"}]


def test_paf_b8_outturn_and_target_in_pounds(exported: ox.Store) -> None:
    """PAF B8: outturn 946 (2006/07) and target 1000 (2007/08), in GBP, raw values as printed."""
    rows = select(
        exported,
        """SELECT ?type ?value ?unit ?raw ?period WHERE {
             ?i a ckg:Indicator ; ckg:ref "PAF B8" ; ckg:nationalCode ?code .
             ?o ckg:indicator ?i ; ckg:measureType ?type ; ckg:value ?value ; ckg:unit ?unit ;
                ckg:rawValue ?raw ; ckg:period ?period
             FILTER(?code = <https://w3id.org/councilkg/id/indicator-set/paf/b8>) } ORDER BY ?period""",
    )
    assert rows == [
        {
            "type": "https://w3id.org/councilkg#Outturn",
            "value": "946",
            "unit": "GBP",
            "raw": "£946",
            "period": "2006/07",
        },
        {
            "type": "https://w3id.org/councilkg#Target",
            "value": "1000",
            "unit": "GBP",
            "raw": "£1,000",
            "period": "2007/08",
        },
    ]


def test_national_codes_and_ecm_groups_of_indicators(exported: ox.Store) -> None:
    """ "PAF A1 (BVPI 49)" has two national codes and measures Stay safe; "MR D74" has none."""
    rows = select(
        exported,
        f"""SELECT ?code WHERE {{ ?i ckg:ref "PAF A1 (BVPI 49)" ; ckg:nationalCode ?code ;
                                    ckg:measures <{ECM}stay-safe> }} ORDER BY ?code""",
    )
    assert [row["code"] for row in rows] == [
        "https://w3id.org/councilkg/id/indicator-set/bvpi/49",
        "https://w3id.org/councilkg/id/indicator-set/paf/a1",
    ]
    local = select(
        exported,
        """SELECT ?label (COUNT(?code) AS ?n) WHERE {
             ?i ckg:ref "MR D74" ; rdfs:label ?label ; ckg:measures/skos:prefLabel "Service Management" .
             OPTIONAL { ?i ckg:nationalCode ?code } } GROUP BY ?label""",
    )
    assert local == [{"label": "Practice Learning Placements", "n": "0"}]


def test_text_cells_are_raw_values_only(exported: ox.Store) -> None:
    """ "not collected", "Pending", "not set" and "N/A" are kept as raw values without a number."""
    rows = select(
        exported,
        """SELECT ?raw (COUNT(?o) AS ?n) (COUNT(?v) AS ?numeric) WHERE {
             ?o a ckg:Observation ; ckg:rawValue ?raw . OPTIONAL { ?o ckg:value ?v }
             FILTER(?raw IN ("not collected", "Pending", "not set", "N/A")) } GROUP BY ?raw ORDER BY ?raw""",
    )
    assert rows == [
        {"raw": "N/A", "n": "2", "numeric": "0"},
        {"raw": "Pending", "n": "2", "numeric": "0"},
        {"raw": "not collected", "n": "2", "numeric": "0"},
        {"raw": "not set", "n": "3", "numeric": "0"},
    ]


def test_plan_draws_on_four_plans(exported: ox.Store) -> None:
    """The plan draws on the CYPP, the Corporate Plan, the LAA and the Community Strategy."""
    rows = select(
        exported,
        f"""SELECT ?label ?type WHERE {{ <{PLAN}> ckg:drawsOn ?cited . ?cited a ckg:Plan ;
                rdfs:label ?label ; ckg:planType ?type }} ORDER BY ?label""",
    )
    prefix = "https://w3id.org/councilkg#"
    assert rows == [
        {"label": "Children and Young People's Plan 2007-10", "type": f"{prefix}ChildrenAndYoungPeoplesPlan"},
        {"label": "Community Strategy", "type": f"{prefix}CommunityStrategy"},
        {"label": "Corporate Plan 2007-10", "type": f"{prefix}CorporatePlan"},
        {"label": "Local Area Agreement", "type": f"{prefix}LocalAreaAgreement"},
    ]


def test_every_action_plan_action_reaches_an_outcome(exported: ox.Store) -> None:
    """The golden thread: each of the 56 action-plan actions reaches an ECM or Service Management outcome."""
    rows = select(
        exported,
        f"""SELECT ?a (COUNT(DISTINCT ?outcome) AS ?n) WHERE {{
              ?a a ckg:Action ; ckg:inPlan <{PLAN}> ; ckg:supports ?p .
              OPTIONAL {{ ?a ckg:supports/ckg:contributesTo* ?outcome . ?outcome a ckg:Outcome }} }}
            GROUP BY ?a""",
    )
    assert len(rows) == 56
    assert all(row["n"] == "1" for row in rows)


def test_pct_is_a_partner_not_an_owner(exported: ox.Store) -> None:
    """ "Divisional Director Community Learning/PCT": a post owns the action, the PCT is its partner."""
    rows = select(
        exported,
        """SELECT ?owner ?partner WHERE {
             ?a rdfs:label "Reduce teenage pregnancy rates by 15%" ; ckg:owner/rdfs:label ?owner ;
                ckg:partner ?p . ?p a ckg:Partner ; rdfs:label ?partner }""",
    )
    assert rows == [{"owner": "Divisional Director, Community Learning", "partner": "PCT"}]


def test_every_action_source_line_prints_its_label(exported: ox.Store, document: Document) -> None:
    """Each action's ckg:sourceLine is the line where its text starts."""
    rows = select(
        exported,
        f"""SELECT ?label ?line WHERE {{ ?a a ckg:Action ; ckg:inPlan <{PLAN}> ; rdfs:label ?label ;
                                          ckg:sourceLine ?line }}""",
    )
    assert len(rows) == 62
    for row in rows:
        printed = document.lines[int(row["line"]) - 1].replace("<sup>", "").replace("</sup>", "")
        assert row["label"].split()[0] in printed


def test_export_conforms_to_the_shapes(extraction: Extraction, document: Document) -> None:
    """The plan's graph, with the reference graph, satisfies every SHACL shape."""
    report = validation_of(extraction, document)
    assert report.conforms, report.violations[:5]
