"""End to end: build the bundled plans, export N-Quads, and ask the contract's questions of the export.

The export is loaded into a fresh pyoxigraph store, as an outside check would, and queried with
only the terms of the published vocabulary (ONTOLOGY.md).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from councilkg.analysis.validate import validate_store
from councilkg.store.embedded import EmbeddedStore
from tests.conftest import LAMBETH_2020
from tests.contract import PREFIXES, outside_store, select

PLAN = "https://w3id.org/councilkg/id/plan/lambeth/childrens-directorate-plan-2020-21"


@pytest.fixture(scope="module")
def exported(built_store_path: Path) -> ox.Store:
    """A fresh store holding the N-Quads export of the built bundled plans."""
    with EmbeddedStore.open(built_store_path, read_only=True) as store:
        data = store.export("nquads")
    return outside_store(data)


def test_cska12_owned_by_two_directors_and_supports_csob05(exported: ox.Store) -> None:
    """CSKA12 is owned by Alex Kubeyinje and Abi Onaboye (directly or via posts) and supports CSOB05."""
    rows = select(
        exported,
        """SELECT DISTINCT ?name WHERE {
             ?a ckg:ref "CSKA12" ; ckg:supports/ckg:ref "CSOB05" ; ckg:owner ?o .
             { ?o rdfs:label ?name ; a ckg:Person } UNION { ?o org:heldBy/rdfs:label ?name } }""",
    )
    names = {row["name"] for row in rows}
    assert {"Alex Kubeyinje", "Abi Onaboye"} <= names


def test_se180_owner_and_outturn(exported: ox.Store) -> None:
    """SE180 is owned by Cathy Twist and has a 2019/20 outturn of 56.1 percent, raw "56.1%"."""
    rows = select(
        exported,
        """SELECT ?owner ?value ?unit ?raw ?period WHERE {
             ?i ckg:ref "SE180" ; ckg:owner/rdfs:label ?owner .
             ?o ckg:indicator ?i ; ckg:measureType ckg:Outturn ; ckg:value ?value ;
                ckg:unit ?unit ; ckg:rawValue ?raw ; ckg:period ?period }""",
    )
    assert rows == [
        {"owner": "Cathy Twist", "value": "56.1", "unit": "percent", "raw": "56.1%", "period": "2019/20"}
    ]


def test_new_indicator_kept_as_raw_value_only(exported: ox.Store) -> None:
    """ "New indicator" cells are observations with a raw value and no numeric value."""
    rows = select(
        exported,
        """SELECT ?raw (COUNT(?v) AS ?numeric) WHERE {
             ?o a ckg:Observation ; ckg:rawValue ?raw . OPTIONAL { ?o ckg:value ?v }
             FILTER(?raw = "New indicator") } GROUP BY ?raw""",
    )
    assert rows == [{"raw": "New indicator", "numeric": "0"}]


def test_risk_cssr0005(exported: ox.Store) -> None:
    """Risk CSSR0005 has rating 32, target 8 and owner Merlin Joseph."""
    rows = select(
        exported,
        """SELECT ?rating ?target ?owner WHERE {
             ?r a ckg:Risk ; ckg:ref "CSSR0005" ; ckg:rating ?rating ; ckg:targetRating ?target ;
                ckg:owner/rdfs:label ?owner }""",
    )
    assert rows == [{"rating": "32", "target": "8", "owner": "Merlin Joseph"}]


def test_every_activity_source_line_is_where_it_is_printed(exported: ox.Store) -> None:
    """Each key activity's ckg:sourceLine is the file line that prints its reference and text."""
    lines = LAMBETH_2020.read_text(encoding="utf-8").splitlines()
    rows = select(
        exported,
        f"""SELECT ?ref ?label ?line WHERE {{
              ?a a ckg:Action ; ckg:inPlan <{PLAN}> ; rdfs:label ?label ; ckg:sourceLine ?line ;
                 prov:wasDerivedFrom ?source . OPTIONAL {{ ?a ckg:ref ?ref }} }}""",
    )
    assert len(rows) == 37
    for row in rows:
        printed = lines[int(row["line"]) - 1]
        assert row["label"][:50] in printed
        if "ref" in row:
            assert printed.startswith(row["ref"])


def test_golden_thread_reaches_borough_plan_outcomes(exported: ox.Store) -> None:
    """Every action that supports an objective reaches a ckg:Outcome through supports/contributesTo*."""
    rows = select(
        exported,
        f"""SELECT ?ref (COUNT(DISTINCT ?outcome) AS ?n) WHERE {{
              ?a a ckg:Action ; ckg:inPlan <{PLAN}> ; ckg:ref ?ref ; ckg:supports ?p .
              OPTIONAL {{ ?a ckg:supports/ckg:contributesTo* ?outcome . ?outcome a ckg:Outcome }} }}
            GROUP BY ?ref""",
    )
    assert len(rows) == 35  # 36 numbered activities less CSKA24, whose objective cell holds a goal
    assert all(int(row["n"]) > 0 for row in rows)


def test_posts_held_by_directors(exported: ox.Store) -> None:
    """The division directors hold their posts (org:heldBy), and people are in the reference graph."""
    rows = select(
        exported,
        """SELECT ?post ?person WHERE { ?p a ckg:Post ; rdfs:label ?post ; org:heldBy/rdfs:label ?person }""",
    )
    assert {"post": "Director, Children's Social Care", "person": "Alex Kubeyinje"} in rows
    reference = exported.query(
        PREFIXES
        + """ASK { GRAPH <https://w3id.org/councilkg/id/graph/reference> {
            <https://w3id.org/councilkg/id/person/alex-kubeyinje>
                a ckg:Person ; rdfs:label "Alex Kubeyinje" } }"""
    )
    assert bool(reference)


def test_plan_and_authority(exported: ox.Store) -> None:
    """The plan names its authority, which carries its GSS code and ONS identity."""
    rows = select(
        exported,
        f"""SELECT ?gss ?same ?start WHERE {{
              <{PLAN}> a ckg:Plan ; ckg:authority ?a ; ckg:startYear ?start .
              ?a ckg:gssCode ?gss ; <http://www.w3.org/2002/07/owl#sameAs> ?same }}""",
    )
    assert rows == [
        {
            "gss": "E09000022",
            "same": "http://statistics.data.gov.uk/id/statistical-geography/E09000022",
            "start": "2020",
        }
    ]


def test_each_plan_is_its_own_named_graph(exported: ox.Store) -> None:
    """The plan's triples are in the graph named by the plan's IRI."""
    rows = select(exported, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{PLAN}> {{ ?s ?p ?o }} }}")
    assert int(rows[0]["n"]) > 2900


def test_built_store_conforms_to_shapes(built_store_path: Path) -> None:
    """The built store satisfies every SHACL shape."""
    with EmbeddedStore.open(built_store_path, read_only=True) as store:
        report = validate_store(store)
    assert report.conforms, report.violations[:5]


def test_rebuild_gives_identical_export(tmp_path: Path, built_store_path: Path) -> None:
    """Building the same plans again, in the same or a new store, gives byte-identical exports."""
    from councilkg.build.plans import build

    with EmbeddedStore.open(built_store_path, read_only=True) as store:
        first = store.export("nquads")
    with EmbeddedStore.open(tmp_path / "again") as store:
        build(store)
        build(store)
        assert store.export("nquads") == first
