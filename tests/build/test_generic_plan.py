"""A plan of a layout no specific loader knows, built by the generic loader, asked in published terms.

The Northmoor plan is built into a store, exported as N-Quads and loaded into a fresh store, as a
check outside the project would; only terms of ONTOLOGY.md are used.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

from councilkg.analysis.validate import validate_store
from councilkg.build.plans import build
from councilkg.store.embedded import EmbeddedStore
from tests.contract import outside_store, select

NORTHMOOR = Path(__file__).resolve().parent.parent / "data" / "generic" / "northmoor-cypp-2010-13.txt"
PLAN = "https://w3id.org/councilkg/id/plan/northmoor/children-and-young-peoples-plan-2010-13"
ECM = "https://w3id.org/councilkg/id/framework/ecm/"


@pytest.fixture(scope="module")
def exported() -> ox.Store:
    """A fresh store holding the export of a store the Northmoor plan was built into."""
    with EmbeddedStore.open(":memory:") as store:
        results = build(store, [NORTHMOOR])
        assert [result.loader for result in results] == ["generic"]
        return outside_store(store.export("nquads"))


def test_plan_identity(exported: ox.Store) -> None:
    """The plan is a CYPP of Northmoor for 2010-2013, read by the generic loader."""
    rows = select(
        exported,
        f"""SELECT ?title ?authority ?type ?start ?end ?loader WHERE {{
              <{PLAN}> a ckg:Plan ; dcterms:title ?title ; ckg:authority/rdfs:label ?authority ;
                 ckg:planType ?type ; ckg:startYear ?start ; ckg:endYear ?end ; ckg:loader ?loader }}""",
    )
    assert rows == [
        {
            "title": "Children and Young People's Plan 2010-2013",
            "authority": "Northmoor",
            "type": "https://w3id.org/councilkg#ChildrenAndYoungPeoplesPlan",
            "start": "2010",
            "end": "2013",
            "loader": "generic",
        }
    ]


def test_indicator_values_by_period(exported: ox.Store) -> None:
    """NI 65: baseline 13.2 (2009/10), target 10 and actual 11.5 (2010/11), per cent, NI concept, line 17."""
    rows = select(
        exported,
        f"""SELECT ?type ?period ?value ?unit ?line WHERE {{
              ?i ckg:inPlan <{PLAN}> ; ckg:ref "NI 65" ;
                 ckg:nationalCode <https://w3id.org/councilkg/id/indicator-set/ni/65> .
              ?o ckg:indicator ?i ; ckg:measureType ?type ; ckg:period ?period ; ckg:value ?value ;
                 ckg:unit ?unit ; ckg:sourceLine ?line }}""",
    )
    found = {(row["type"].rsplit("#", 1)[1], row["period"]): Decimal(row["value"]) for row in rows}
    assert found == {
        ("Outturn", "2009/10"): Decimal("13.2"),
        ("Target", "2010/11"): Decimal("10"),
        ("Outturn", "2010/11"): Decimal("11.5"),
    }
    assert {(row["unit"], row["line"]) for row in rows} == {("percent", "17")}


def test_golden_thread_from_action_to_ecm_outcome(exported: ox.Store) -> None:
    """An action is owned by the person who holds a post, is due September 2010 and reaches "Stay safe"."""
    rows = select(
        exported,
        f"""SELECT ?due ?owner ?post ?priority ?outcome WHERE {{
              ?a ckg:inPlan <{PLAN}> ; rdfs:label "Recruit and retain permanent social workers" ;
                 ckg:due ?due ; ckg:owner ?o ; ckg:supports ?p .
              ?o a ckg:Person ; rdfs:label ?owner .
              ?post_iri org:heldBy ?o ; rdfs:label ?post .
              ?p rdfs:label ?priority ; ckg:contributesTo ?outcome }}""",
    )
    assert rows == [
        {
            "due": "2010-09",
            "owner": "Mary Okafor",
            "post": "Service Manager",
            "priority": "Keeping children and young people safe",
            "outcome": f"{ECM}stay-safe",
        }
    ]


def test_every_action_reaches_an_outcome(exported: ox.Store) -> None:
    """All six actions support a priority that contributes to an ECM outcome, and each has an owner."""
    rows = select(
        exported,
        f"""SELECT ?a (COUNT(DISTINCT ?outcome) AS ?n) WHERE {{
              ?a a ckg:Action ; ckg:inPlan <{PLAN}> ; ckg:owner ?o ;
                 ckg:supports/ckg:contributesTo ?outcome .
              ?outcome skos:inScheme <https://w3id.org/councilkg/id/framework/ecm> }} GROUP BY ?a""",
    )
    assert len(rows) == 6 and {row["n"] for row in rows} == {"1"}


def test_indicators_measure_priorities(exported: ox.Store) -> None:
    """NI 73 and NI 75 measure the attainment priority, which contributes to "Enjoy and achieve"."""
    rows = select(
        exported,
        f"""SELECT ?ref WHERE {{
              ?i ckg:inPlan <{PLAN}> ; ckg:ref ?ref ; ckg:measures ?p .
              ?p ckg:contributesTo <{ECM}enjoy-and-achieve> }} ORDER BY ?ref""",
    )
    assert [row["ref"] for row in rows] == ["NI 73", "NI 75"]


def test_risk_ratings(exported: ox.Store) -> None:
    """Risks carry likelihood, severity and rating = their product, with a post as risk owner."""
    rows = select(
        exported,
        f"""SELECT ?ref ?likelihood ?severity ?rating ?owner WHERE {{
              ?r a ckg:Risk ; ckg:inPlan <{PLAN}> ; ckg:ref ?ref ; ckg:likelihood ?likelihood ;
                 ckg:severity ?severity ; ckg:rating ?rating ; ckg:owner ?o .
              ?o a ckg:Post ; rdfs:label ?owner }} ORDER BY ?ref""",
    )
    assert [tuple(row.values()) for row in rows] == [
        ("R1", "3", "4", "12", "Director of Children's Services"),
        ("R2", "4", "3", "12", "Head of Finance"),
        ("R3", "2", "3", "6", "Head of School Improvement"),
    ]


def test_plan_items_conform_to_the_shapes() -> None:
    """Every item the generic loader writes passes the SHACL shapes; only the guessed council, which has no
    ONS GSS code (Northmoor is fictional), lacks ``ckg:gssCode``/``owl:sameAs``."""
    with EmbeddedStore.open(":memory:") as store:
        build(store, [NORTHMOOR])
        report = validate_store(store)
    assert {(violation.focus, violation.path.rsplit("#", 1)[-1]) for violation in report.violations} == {
        ("https://w3id.org/councilkg/id/authority/northmoor", "sameAs"),
        ("https://w3id.org/councilkg/id/authority/northmoor", "gssCode"),
    }
