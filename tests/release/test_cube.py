"""The release's RDF Data Cube (``cube.ttl``): the W3C Data Cube integrity constraints, run as the
specification gives them (SPARQL ASK queries, true when violated) in pyoxigraph, and the observations
keyed by GSS code and government year (issue 22)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import QB, RDF

from councilkg.ontology.vocab import CKG, SdmxDimension, SdmxMeasure
from councilkg.release.cube import ref_period
from councilkg.release.write import CUBE_FILE, write_release
from councilkg.store.embedded import EmbeddedStore

PREFIXES = """
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

INTEGRITY_CONSTRAINTS: dict[str, str] = {
    "IC-1 unique data set": """ASK {
      { ?obs a qb:Observation . FILTER NOT EXISTS { ?obs qb:dataSet ?dataset1 . } }
      UNION
      { ?obs a qb:Observation ; qb:dataSet ?dataset1, ?dataset2 . FILTER (?dataset1 != ?dataset2) }
    }""",
    "IC-2 unique DSD": """ASK {
      { ?dataset a qb:DataSet . FILTER NOT EXISTS { ?dataset qb:structure ?dsd . } }
      UNION
      { ?dataset a qb:DataSet ; qb:structure ?dsd1, ?dsd2 . FILTER (?dsd1 != ?dsd2) }
    }""",
    "IC-3 DSD includes measure": """ASK {
      ?dsd a qb:DataStructureDefinition .
      FILTER NOT EXISTS { ?dsd qb:component [qb:componentProperty [a qb:MeasureProperty]] }
    }""",
    "IC-4 dimensions have range": """ASK {
      ?dim a qb:DimensionProperty .
      FILTER NOT EXISTS { ?dim rdfs:range [] }
    }""",
    "IC-5 concept dimensions have code lists": """ASK {
      ?dim a qb:DimensionProperty ; rdfs:range skos:Concept .
      FILTER NOT EXISTS { ?dim qb:codeList [] }
    }""",
    "IC-6 only attributes may be optional": """ASK {
      ?dsd qb:component ?componentSpec .
      ?componentSpec qb:componentRequired "false"^^xsd:boolean ;
                     qb:componentProperty ?component .
      FILTER NOT EXISTS { ?component a qb:AttributeProperty }
    }""",
    "IC-7 slice keys must be declared": """ASK {
      ?sliceKey a qb:SliceKey .
      FILTER NOT EXISTS { [a qb:DataStructureDefinition] qb:sliceKey ?sliceKey }
    }""",
    "IC-8 slice keys consistent with DSD": """ASK {
      ?slicekey a qb:SliceKey ; qb:componentProperty ?prop .
      ?dsd qb:sliceKey ?slicekey .
      FILTER NOT EXISTS { ?dsd qb:component [qb:componentProperty ?prop] }
    }""",
    "IC-9 unique slice structure": """ASK {
      { ?slice a qb:Slice . FILTER NOT EXISTS { ?slice qb:sliceStructure ?key } }
      UNION
      { ?slice a qb:Slice ; qb:sliceStructure ?key1, ?key2 . FILTER (?key1 != ?key2) }
    }""",
    "IC-10 slice dimensions complete": """ASK {
      ?slice qb:sliceStructure [qb:componentProperty ?dim] .
      FILTER NOT EXISTS { ?slice ?dim [] }
    }""",
    "IC-11 all dimensions required": """ASK {
      ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim .
      ?dim a qb:DimensionProperty .
      FILTER NOT EXISTS { ?obs ?dim [] }
    }""",
    "IC-12 no duplicate observations": """ASK {
      FILTER( ?allEqual )
      {
        SELECT (MIN(?equal) AS ?allEqual) WHERE {
          ?obs1 qb:dataSet ?dataset .
          ?obs2 qb:dataSet ?dataset .
          FILTER (?obs1 != ?obs2)
          ?dataset qb:structure/qb:component/qb:componentProperty ?dim .
          ?dim a qb:DimensionProperty .
          ?obs1 ?dim ?value1 .
          ?obs2 ?dim ?value2 .
          BIND( ?value1 = ?value2 AS ?equal)
        } GROUP BY ?obs1 ?obs2
      }
    }""",
    "IC-13 required attributes": """ASK {
      ?obs qb:dataSet/qb:structure/qb:component ?component .
      ?component qb:componentRequired "true"^^xsd:boolean ;
                 qb:componentProperty ?attr .
      FILTER NOT EXISTS { ?obs ?attr [] }
    }""",
    "IC-14 all measures present": """ASK {
      ?obs qb:dataSet/qb:structure ?dsd .
      FILTER NOT EXISTS { ?dsd qb:component/qb:componentProperty qb:measureType }
      ?dsd qb:component/qb:componentProperty ?measure .
      ?measure a qb:MeasureProperty .
      FILTER NOT EXISTS { ?obs ?measure [] }
    }""",
    "IC-15 measure dimension consistent": """ASK {
      ?obs qb:dataSet/qb:structure ?dsd ;
           qb:measureType ?measure .
      ?dsd qb:component/qb:componentProperty qb:measureType .
      FILTER NOT EXISTS { ?obs ?measure [] }
    }""",
    "IC-16 single measure on measure dimension observation": """ASK {
      ?obs qb:dataSet/qb:structure ?dsd ;
           qb:measureType ?measure ;
           ?omeasure [] .
      ?dsd qb:component/qb:componentProperty qb:measureType ;
           qb:component/qb:componentProperty ?omeasure .
      ?omeasure a qb:MeasureProperty .
      FILTER (?omeasure != ?measure)
    }""",
    "IC-17 all measures present in measures dimension cube": """ASK {
      {
        SELECT ?numMeasures (COUNT(?obs2) AS ?count) WHERE {
          {
            SELECT ?dsd (COUNT(?m) AS ?numMeasures) WHERE {
              ?dsd qb:component/qb:componentProperty ?m .
              ?m a qb:MeasureProperty .
            } GROUP BY ?dsd
          }
          ?obs1 qb:dataSet/qb:structure ?dsd ;
                qb:dataSet ?dataset ;
                qb:measureType ?m1 .
          ?obs2 qb:dataSet ?dataset ;
                qb:measureType ?m2 .
          FILTER NOT EXISTS {
            ?dsd qb:component/qb:componentProperty ?dim .
            FILTER (?dim != qb:measureType)
            ?dim a qb:DimensionProperty .
            ?obs1 ?dim ?v1 .
            ?obs2 ?dim ?v2 .
            FILTER (?v1 != ?v2)
          }
        } GROUP BY ?obs1 ?numMeasures
        HAVING (COUNT(?obs2) != ?numMeasures)
      }
    }""",
    "IC-18 consistent data set links": """ASK {
      ?dataset qb:slice ?slice .
      ?slice qb:observation ?obs .
      FILTER NOT EXISTS { ?obs qb:dataSet ?dataset . }
    }""",
    "IC-19 codes from code list": """ASK {
      ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim .
      ?dim a qb:DimensionProperty ;
           qb:codeList ?list .
      ?list a skos:ConceptScheme .
      ?obs ?dim ?v .
      FILTER NOT EXISTS { ?v a skos:Concept ; skos:inScheme ?list }
    }""",
}
"""The integrity constraints of the W3C RDF Data Cube Vocabulary (section 11.1), each an ASK that is
true when the cube breaks it; IC-20 and IC-21 (hierarchical code lists) need a code list with a
hierarchy, which the cube has none of, and IC-0 (well-formed literals) is checked by parsing."""

LAMBETH = URIRef("http://statistics.data.gov.uk/id/statistical-geography/E09000022")
HEREFORDSHIRE = URIRef("http://statistics.data.gov.uk/id/statistical-geography/E06000019")


@pytest.fixture(scope="module")
def cube_path(built_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the ``cube.ttl`` of a release of the bundled plans."""
    folder = tmp_path_factory.mktemp("cube") / "release"
    with EmbeddedStore.open(built_store_path, read_only=True) as store:
        write_release(store, folder, issued=date(2026, 1, 31))
    return folder / CUBE_FILE


@pytest.fixture(scope="module")
def cube(cube_path: Path) -> ox.Store:
    """Return the cube loaded into pyoxigraph, its relative IRIs resolved against the file."""
    store = ox.Store()
    store.load(path=str(cube_path), format=ox.RdfFormat.TURTLE, base_iri=cube_path.resolve().as_uri())
    return store


def violated(store: ox.Store, query: str) -> bool:
    """Return the answer of an integrity constraint's ASK: true when the cube breaks it."""
    answer = store.query(PREFIXES + query)
    assert isinstance(answer, ox.QueryBoolean)
    return bool(answer)


@pytest.mark.parametrize("constraint", sorted(INTEGRITY_CONSTRAINTS))
def test_the_cube_meets_each_integrity_constraint(cube: ox.Store, constraint: str) -> None:
    """No Data Cube integrity constraint is broken."""
    assert not violated(cube, INTEGRITY_CONSTRAINTS[constraint])


@pytest.mark.parametrize(
    ("constraint", "breach"),
    [
        ("IC-1 unique data set", "INSERT { ?o qb:dataSet <urn:x:other> } WHERE { ?o a qb:Observation }"),
        (
            "IC-11 all dimensions required",
            "DELETE { ?o ?p ?v } WHERE { ?o a qb:Observation ; ?p ?v . "
            "FILTER(?p = <http://purl.org/linked-data/sdmx/2009/dimension#refPeriod>) }",
        ),
        (
            "IC-12 no duplicate observations",
            "INSERT { <urn:x:copy> ?p ?v } WHERE { "
            "{ SELECT ?o WHERE { ?o a qb:Observation } LIMIT 1 } ?o ?p ?v }",
        ),
        (
            "IC-14 all measures present",
            "DELETE { ?o <http://purl.org/linked-data/sdmx/2009/measure#obsValue> ?v }"
            " WHERE { ?o <http://purl.org/linked-data/sdmx/2009/measure#obsValue> ?v }",
        ),
        (
            "IC-4 dimensions have range",
            "DELETE { ?d rdfs:range ?r } WHERE { ?d a qb:DimensionProperty ; rdfs:range ?r }",
        ),
    ],
)
def test_the_constraints_catch_a_broken_cube(cube_path: Path, constraint: str, breach: str) -> None:
    """The same queries answer true on a copy of the cube broken the way each one forbids."""
    store = ox.Store()
    store.load(path=str(cube_path), format=ox.RdfFormat.TURTLE, base_iri=cube_path.resolve().as_uri())
    assert not violated(store, INTEGRITY_CONSTRAINTS[constraint])
    store.update(PREFIXES + breach)
    assert violated(store, INTEGRITY_CONSTRAINTS[constraint])


def test_observations_are_keyed_by_gss_code_and_government_year(cube_path: Path) -> None:
    """Herefordshire's NI 62 target for 2009/10 is keyed E06000019 and government year 2009-2010, with
    its value and unit; every numeric value of the bundled plans is there (all have a year)."""
    graph = Graph().parse(cube_path, format="turtle")
    observations = set(graph.subjects(RDF.type, QB.Observation))
    assert len(observations) == 379  # the numeric observations of the four bundled plans
    areas = {graph.value(o, SdmxDimension.refArea) for o in observations}
    assert LAMBETH in areas and HEREFORDSHIRE in areas
    periods = {str(graph.value(o, SdmxDimension.refPeriod)) for o in observations}
    assert "http://reference.data.gov.uk/id/government-year/2007-2008" in periods
    assert all(p.startswith("http://reference.data.gov.uk/id/") for p in periods)
    targets = [
        o
        for o in observations
        if graph.value(o, SdmxDimension.refArea) == HEREFORDSHIRE
        and str(graph.value(o, SdmxDimension.refPeriod)).endswith("government-year/2009-2010")
        and graph.value(o, CKG.measureType) == CKG.Target
        and str(graph.value(o, CKG.indicator)).endswith("/indicator/ni-62")
    ]
    assert len(targets) == 1
    (target,) = targets
    value = graph.value(target, SdmxMeasure.obsValue)
    assert isinstance(value, Literal) and isinstance(value.toPython(), Decimal)
    assert graph.value(target, CKG.unit) is not None


def test_a_value_dated_by_year_or_printed_oddly_gets_the_right_period() -> None:
    """Government years from "YYYY/YY" (across a century too), calendar years from a year, nothing else."""
    assert str(ref_period("2009/10", None)).endswith("/government-year/2009-2010")
    assert str(ref_period("1999/00", None)).endswith("/government-year/1999-2000")
    assert str(ref_period(None, "2008")).endswith("/id/year/2008")
    assert ref_period("2009/11", None) is None  # two years: no single refPeriod
    assert ref_period(None, None) is None


def test_an_authority_with_no_gss_code_is_keyed_by_its_own_iri(tmp_path: Path) -> None:
    """A plan loaded without a GSS code: its values' refArea is the authority's councilkg IRI, and the
    release README says so."""
    from bench.pairs import known_pair
    from councilkg.cli.main import cli

    first, _ = known_pair()
    plan = tmp_path / first.file
    plan.write_text(first.text, encoding="utf-8")
    store = tmp_path / "store"
    loaded = CliRunner().invoke(cli, ["load", str(plan), "--council", "Ashbridge", "--store", str(store)])
    assert loaded.exit_code == 0, loaded.output
    with EmbeddedStore.open(store, read_only=True) as opened:
        write_release(opened, tmp_path / "release", issued=date(2026, 1, 31))
    graph = Graph().parse(tmp_path / "release" / CUBE_FILE, format="turtle")
    areas = {graph.value(o, SdmxDimension.refArea) for o in graph.subjects(RDF.type, QB.Observation)}
    assert areas == {URIRef("https://w3id.org/councilkg/id/authority/ashbridge")}
    readme = (tmp_path / "release" / "README.md").read_text(encoding="utf-8")
    assert "No GSS code is known for <https://w3id.org/councilkg/id/authority/ashbridge>" in readme
