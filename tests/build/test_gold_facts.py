"""The facts the loaders issue names, asked of one export of all four bundled plans.

The store is built from the bundled corpus, exported as N-Quads and loaded into a fresh store, as
an outside check would; only terms of the published vocabulary (ONTOLOGY.md) are used.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

from councilkg.queries import resolve_query
from councilkg.store.embedded import EmbeddedStore
from tests.contract import outside_store, select

LAMBETH_2007 = "https://w3id.org/councilkg/id/plan/lambeth/cyps-service-plan-2007-10"
HEREFORDSHIRE = "https://w3id.org/councilkg/id/plan/herefordshire/cyp-directorate-plan-2009-11"
SOUTHWARK = "https://w3id.org/councilkg/id/plan/southwark/cypp-2010-13"


@pytest.fixture(scope="module")
def exported(built_store_path: Path) -> ox.Store:
    """A fresh store holding the N-Quads export of all four bundled plans."""
    with EmbeddedStore.open(built_store_path, read_only=True) as store:
        return outside_store(store.export("nquads"))


def observations(store: ox.Store, plan: str, ref: str) -> dict[tuple[str, str], Decimal]:
    """Return {(measure type, period): value} of the indicator printed as ``ref`` in ``plan``."""
    rows = select(
        store,
        f"""SELECT ?type ?period ?value WHERE {{
              ?i ckg:inPlan <{plan}> ; ckg:ref "{ref}" .
              ?o ckg:indicator ?i ; ckg:measureType ?type ; ckg:period ?period ; ckg:value ?value }}""",
    )
    return {(row["type"].rsplit("#", 1)[1], row["period"]): Decimal(row["value"]) for row in rows}


def test_all_four_plans_are_loaded(exported: ox.Store) -> None:
    """Each bundled plan is a ckg:Plan of its authority."""
    rows = select(exported, "SELECT ?plan WHERE { ?plan a ckg:Plan ; ckg:loader ?loader }")
    assert {LAMBETH_2007, HEREFORDSHIRE, SOUTHWARK} <= {row["plan"] for row in rows}
    assert len(rows) == 4


def test_lambeth_2007_adoption_action(exported: ox.Store) -> None:
    """ "Increase adoption of LAC to 5.5%": due March 2008, supports the looked-after stability priority
    (an Every Child Matters "stay safe" priority), owned by the Social Care post Yashi Shah holds."""
    rows = select(
        exported,
        f"""SELECT ?due ?priority ?outcome ?post ?holder WHERE {{
              ?a ckg:inPlan <{LAMBETH_2007}> ; rdfs:label "Increase adoption of LAC to 5.5%" ;
                 ckg:due ?due ; ckg:supports ?p ; ckg:owner ?o .
              ?p rdfs:label ?priority ; ckg:contributesTo ?outcome .
              ?o rdfs:label ?post ; org:heldBy/rdfs:label ?holder }}""",
    )
    assert rows == [
        {
            "due": "2008-03",
            "priority": "Further improve stability and security for children looked after",
            "outcome": "https://w3id.org/councilkg/id/framework/ecm/stay-safe",
            "post": "Divisional Director, Social Care",
            "holder": "Yashi Shah",
        }
    ]


def test_who_owns_what_for_yashi_shah(built_store_path: Path) -> None:
    """The owned-items query finds the Social Care actions of 2007-08 through the post Yashi Shah holds."""
    with EmbeddedStore.open(built_store_path, read_only=True) as store:
        result = store.query(
            resolve_query("owned-items"),
            {"owner": ox.NamedNode("https://w3id.org/councilkg/id/person/yashi-shah")},
        )
    rows = [
        {name: term.value for name, term in zip(result.variables, row, strict=True) if term is not None}
        for row in result.rows
    ]
    actions = [row for row in rows if row["type"] == "Action"]
    assert len(actions) == 15
    assert {row["via"] for row in actions} == {"Divisional Director, Social Care"}
    assert "Increase adoption of LAC to 5.5%" in {row["label"] for row in actions}


def test_lambeth_2007_paf_b8(exported: ox.Store) -> None:
    """PAF B8 (cost of services for children looked after): outturn £946 in 2006/07, target £1,000."""
    assert observations(exported, LAMBETH_2007, "PAF B8") == {
        ("Outturn", "2006/07"): Decimal(946),
        ("Target", "2007/08"): Decimal(1000),
    }
    rows = select(
        exported,
        f"""SELECT ?code WHERE {{
              ?i ckg:inPlan <{LAMBETH_2007}> ; ckg:ref "PAF B8" ; ckg:nationalCode ?code }}""",
    )
    assert rows == [{"code": "https://w3id.org/councilkg/id/indicator-set/paf/b8"}]


def test_herefordshire_ni_59(exported: ox.Store) -> None:
    """NI 59: outturn 55.2 (2007/08), SN comparator 71.1, targets 65 and 70, measuring safeguarding."""
    assert observations(exported, HEREFORDSHIRE, "NI 59") == {
        ("Outturn", "2007/08"): Decimal("55.2"),
        ("Comparator", "2007/08"): Decimal("71.1"),
        ("Target", "2009/10"): Decimal(65),
        ("Target", "2010/11"): Decimal(70),
    }
    rows = select(
        exported,
        f"""SELECT ?priority ?group WHERE {{
              ?i ckg:inPlan <{HEREFORDSHIRE}> ; ckg:ref "NI 59" ; ckg:measures ?p ;
                 ckg:nationalCode <https://w3id.org/councilkg/id/indicator-set/ni/59> .
              ?p a ckg:Priority ; rdfs:label ?priority .
              ?o ckg:indicator ?i ; ckg:comparatorGroup ?group }}""",
    )
    assert rows == [
        {
            "priority": "To embed safeguarding arrangements across all services and agencies",
            "group": "SN Group",
        }
    ]


def test_herefordshire_cyp1(exported: ox.Store) -> None:
    """Risk CYP1: rating 12, residual rating 6, owned by Chris Baird (directly or through his post)."""
    rows = select(
        exported,
        f"""SELECT ?rating ?residual ?name WHERE {{
              ?r ckg:inPlan <{HEREFORDSHIRE}> ; ckg:ref "CYP1" ; ckg:rating ?rating ;
                 ckg:residualRating ?residual ; ckg:owner ?o .
              {{ ?o a ckg:Person ; rdfs:label ?name }} UNION {{ ?o org:heldBy/rdfs:label ?name }} }}""",
    )
    assert rows == [{"rating": "12", "residual": "6", "name": "Chris Baird"}]


def test_herefordshire_posts_resolve_to_people(exported: ox.Store) -> None:
    """Actions owned by "Head of Community Operations" reach Kathy O'Mahony through org:heldBy."""
    rows = select(
        exported,
        f"""SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{
              ?a a ckg:Action ; ckg:inPlan <{HEREFORDSHIRE}> ; ckg:owner ?post .
              ?post rdfs:label "Head of Community Operations" ; org:heldBy/rdfs:label "Kathy O'Mahony" }}""",
    )
    assert int(rows[0]["n"]) > 10


def test_southwark_contraception(exported: ox.Store) -> None:
    """ "Increase access to contraception" supports "Lower rates of teenage conceptions", under
    "Succeeding into adulthood"."""
    rows = select(
        exported,
        f"""SELECT ?area WHERE {{
              ?a ckg:inPlan <{SOUTHWARK}> ; rdfs:label "Increase access to contraception" ; ckg:supports ?p .
              ?p rdfs:label "Lower rates of teenage conceptions" ; ckg:contributesTo/rdfs:label ?area }}""",
    )
    assert rows == [{"area": "Succeeding into adulthood"}]


def test_golden_thread_reaches_an_outcome_where_plans_state_it(exported: ox.Store) -> None:
    """Every action-plan action of the three plans that link priorities to outcomes reaches an outcome."""
    rows = select(
        exported,
        """SELECT ?plan (COUNT(DISTINCT ?a) AS ?actions) (COUNT(DISTINCT ?reached) AS ?reaching) WHERE {
             ?a a ckg:Action ; ckg:inPlan ?plan ; ckg:supports ?p .
             OPTIONAL { ?a ckg:supports/ckg:contributesTo* ?o . ?o a ckg:Outcome . BIND(?a AS ?reached) } }
           GROUP BY ?plan""",
    )
    counts = {row["plan"]: (int(row["actions"]), int(row["reaching"])) for row in rows}
    for plan in (LAMBETH_2007, HEREFORDSHIRE):
        actions, reaching = counts[plan]
        assert actions == reaching > 50, plan
