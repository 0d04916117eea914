"""A plan with no table, built by the reading engine and asked in published terms.

Priorities and outcomes as headings, actions as bullets and "We will" sentences, measures after a
lead-in; an action stated directly under an outcome (no priority between) supports that outcome,
so the golden thread reaches it. The plan is built into a store, exported as N-Quads and queried
in a fresh store, as a check outside the project would.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from councilkg.analysis.gaps import find_gaps
from councilkg.analysis.threads import load_thread_graph
from councilkg.analysis.validate import validate_store
from councilkg.build.plans import build
from councilkg.loaders.generic.calibration import rule_confidence
from councilkg.loaders.parsing.identity import PlanIdentity
from councilkg.store.embedded import EmbeddedStore
from tests.contract import outside_store, select

PLAN_TEXT = """Wessex Council
Children and Young People's Plan 2012-2015

Outcome 1: Children and young people are safe from harm
We will:
• Audit every repeat child protection plan with the safeguarding board
• Recruit permanent social workers to every locality team

Priority 2: Raising attainment in schools
• Put a maths leader in every primary school below the floor target
Success measures:
• Fewer young people not in education, employment or training
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[ox.Store, EmbeddedStore]:
    """The export of a store the plan was built into, and the store (left open for thread checks)."""
    path = tmp_path_factory.mktemp("plan") / "wessex-cypp-2012-15.txt"
    path.write_text(PLAN_TEXT, encoding="utf-8")
    store = EmbeddedStore.open(":memory:")
    identity = PlanIdentity(council="Wessex Council", gss="E06000099")  # a code no real council has
    results = build(store, [path], identities={path: identity})
    assert [result.loader for result in results] == ["generic"]
    return outside_store(store.export("nquads")), store


def test_items_say_how_they_were_read(built: tuple[ox.Store, EmbeddedStore]) -> None:
    rows = select(
        built[0],
        """SELECT ?label ?rule ?confidence ?line WHERE {
              ?item a ckg:Action ; rdfs:label ?label ; ckg:extractionRule ?rule ; ckg:confidence ?confidence ;
                    ckg:sourceLine ?line } ORDER BY ?line""",
    )
    assert [(row["rule"], row["line"]) for row in rows] == [
        ("list item after an action lead-in", "6"),
        ("list item after an action lead-in", "7"),
        ("list item under a priority", "10"),
    ]
    measured = rule_confidence()  # each rule's precision on first contact
    assert {row["confidence"] for row in rows} == {
        str(measured["list item after an action lead-in"]),
        str(measured["list item under a priority"]),
    }


def test_an_action_under_an_outcome_reaches_it_on_the_thread(built: tuple[ox.Store, EmbeddedStore]) -> None:
    """The ONTOLOGY.md path ckg:supports/ckg:contributesTo* reaches an outcome from every action."""
    rows = select(
        built[0],
        """SELECT ?action ?outcome WHERE {
              ?a a ckg:Action ; rdfs:label ?action ; ckg:supports/ckg:contributesTo* ?o .
              ?o a ckg:Outcome ; rdfs:label ?outcome } ORDER BY ?action""",
    )
    assert [(row["action"][:20], row["outcome"]) for row in rows] == [
        ("Audit every repeat c", "Children and young people are safe from harm"),
        ("Recruit permanent so", "Children and young people are safe from harm"),
    ]
    direct = select(built[0], "SELECT ?a WHERE { ?a ckg:deliversOutcome ?o . ?o a ckg:Outcome }")
    assert len(direct) == 2


def test_the_measure_measures_its_priority(built: tuple[ox.Store, EmbeddedStore]) -> None:
    rows = select(
        built[0],
        """SELECT ?indicator ?priority WHERE {
              ?i a ckg:Indicator ; rdfs:label ?indicator ; ckg:measures/rdfs:label ?priority }""",
    )
    assert rows == [
        {
            "indicator": "Fewer young people not in education, employment or training",
            "priority": "Raising attainment in schools",
        }
    ]


def test_the_plan_graph_conforms(built: tuple[ox.Store, EmbeddedStore]) -> None:
    report = validate_store(built[1])
    assert report.conforms, report


def test_gaps_see_the_thread_reach_the_outcome(built: tuple[ox.Store, EmbeddedStore]) -> None:
    """The two actions under the outcome are not "no path to an outcome" gaps; the one under a
    priority that contributes to no outcome is."""
    gaps = find_gaps(load_thread_graph(built[1]))
    unreached = [gap.label[:20] for gap in gaps if gap.kind == "action-without-outcome"]
    assert unreached == ["Put a maths leader i"]


ECM_PLAN_TEXT = """Mercia Children and Young People's Plan 2008-2011

Being Healthy
1. Reduce childhood obesity
• Run a weighing programme in every primary school

Staying Safe
2. Reduce repeat referrals to social care
• Audit every repeat referral with the safeguarding board
"""


def _built_alone(path: Path, text: str, council: str, gss: str) -> tuple[EmbeddedStore, ox.Store]:
    """Return a fresh store with the plan ``text`` (written to ``path``) built into it, and its export."""
    path.write_text(text, encoding="utf-8")
    store = EmbeddedStore.open(":memory:")
    build(store, [path], identities={path: PlanIdentity(council=council, gss=gss)})
    return store, outside_store(store.export("nquads"))


def test_framework_outcome_headings_are_the_plans_outcomes_matched_to_the_framework(
    tmp_path: pytest.TempPathFactory,
) -> None:
    """ "Being Healthy" as a heading is an outcome of the plan, skos:exactMatch the ECM concept; the
    priorities under it contribute to it, so the thread reaches the framework; the graph conforms."""
    path = tmp_path / "mercia-cypp-2008-11.txt"  # type: ignore[operator]
    store, export = _built_alone(path, ECM_PLAN_TEXT, "Mercia Council", "E06000098")
    rows = select(
        export,
        """SELECT ?label ?ecm ?rule WHERE {
              ?o a ckg:Outcome ; rdfs:label ?label ; skos:exactMatch ?ecm ; ckg:extractionRule ?rule }
           ORDER BY ?label""",
    )
    assert [(row["label"], row["ecm"].rsplit("/", 1)[-1]) for row in rows] == [
        ("Being Healthy", "be-healthy"),
        ("Staying Safe", "stay-safe"),
    ]
    threads = select(
        export,
        """SELECT ?action ?ecm WHERE { ?a a ckg:Action ; rdfs:label ?action ;
              ckg:supports/ckg:contributesTo/skos:exactMatch ?ecm } ORDER BY ?action""",
    )
    assert [(row["action"][:9], row["ecm"].rsplit("/", 1)[-1]) for row in threads] == [
        ("Audit eve", "stay-safe"),
        ("Run a wei", "be-healthy"),
    ]
    assert validate_store(store).conforms


def test_status_and_progress_are_stated_as_printed(tmp_path: pytest.TempPathFactory) -> None:
    path = tmp_path / "mercia-action-plan-2010-11.txt"  # type: ignore[operator]
    text = (
        "Mercia Children's Services Action Plan 2010-11\n\n"
        "Action / Lead officer / By when / RAG status / Progress update\n"
        "Audit every repeat referral / Head of Safeguarding / March 2011 / Amber / Audit tool agreed\n"
    )
    store, export = _built_alone(path, text, "Mercia Council", "E06000098")
    rows = select(
        export,
        "SELECT ?status ?note { ?a a ckg:Action ; ckg:statusAsPrinted ?status ; ckg:progressNote ?note }",
    )
    assert rows == [{"status": "Amber", "note": "Audit tool agreed"}]
    assert validate_store(store).conforms


def test_an_outcome_named_before_its_statement_keeps_the_statement_as_its_description(
    tmp_path: pytest.TempPathFactory,
) -> None:
    """Listed outcomes printed "Name: statement" are labelled by their names, the statement their
    dcterms:description in the plan's graph (Norfolk County Council's Flourish impacts, 2022)."""
    path = tmp_path / "norfolk-flourish-2022.txt"  # type: ignore[operator]
    text = (
        "Flourish\n\n"
        "Impacts are the long-term, sustainable changes we want to secure for all children and young "
        "people in Norfolk:\n\n"
        "  • Family and friends: Children and young people are safe, connected and supported through "
        "positive relationships and networks\n"
        "  • Learning: Children and young people are achieving their full potential and developing skills "
        "which prepare them for life\n"
        "  • Healthy: Children and young people have the support, knowledge and opportunity to lead their "
        "happiest and healthiest lives\n"
    )
    store, export = _built_alone(path, text, "Norfolk County Council", "E10000020")
    rows = select(
        export,
        """SELECT ?label ?description WHERE { ?o a ckg:Outcome ; rdfs:label ?label ;
              dcterms:description ?description } ORDER BY ?label""",
    )
    assert [(row["label"], row["description"][:40]) for row in rows] == [
        ("Family and friends", "Children and young people are safe, conn"),
        ("Healthy", "Children and young people have the suppo"),
        ("Learning", "Children and young people are achieving "),
    ]
    assert validate_store(store).conforms
