"""The national indicator sets, the indicator crosswalk and the indicator-matches query."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import to_isomorphic
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from councilkg.build.crosswalk import (
    CROSSWALK_SOURCE,
    crosswalk_graph,
    mapping_iri,
    read_crosswalk,
    resolve_code,
)
from councilkg.build.plans import build
from councilkg.errors import CrosswalkError
from councilkg.ontology import ontology_path
from councilkg.ontology.graphs import REFERENCE_GRAPH
from councilkg.ontology.mint import item_iri, national_indicator_iri, national_set_iri, plan_iri
from councilkg.ontology.vocab import CKG, CKG_IRI
from councilkg.queries import named_queries
from councilkg.store.embedded import EmbeddedStore
from councilkg.text import national_code, slugify
from tests.conftest import LAMBETH_2020

LAMBETH_2007 = plan_iri("lambeth", "cyps-service-plan-2007-10")
LAMBETH_2020_PLAN = plan_iri("lambeth", "childrens-directorate-plan-2020-21")
HEREFORDSHIRE = plan_iri("herefordshire", "cyp-directorate-plan-2009-11")
NI_65 = national_indicator_iri("ni", "65")
HEADER = "from,to,match,basis\n"


def concept(code: str) -> URIRef:
    """Return the IRI of a national concept from its printed code, e.g. ``concept("PAF C68")``."""
    parsed = national_code(code)
    assert parsed is not None, code
    return national_indicator_iri(*parsed)


@pytest.fixture(scope="module")
def indicator_sets() -> Graph:
    """Return the shipped indicator-sets.ttl."""
    return Graph().parse(ontology_path("reference/indicator-sets.ttl"), format="turtle")


def select(store: EmbeddedStore, sparql: str, **bindings: URIRef) -> list[dict[str, str]]:
    """Return the rows of a SELECT as dicts of strings (unbound cells left out)."""
    result = store.query(sparql, {name: ox.NamedNode(str(iri)) for name, iri in bindings.items()})
    return [
        {name: term.value for name, term in zip(result.variables, row, strict=True) if term is not None}
        for row in result.rows
    ]


# ---------------------------------------------------------------------------------------------
# The indicator sets
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "label", "source_words"),
    [
        ("ni", "National Indicator Set", ("National Indicator Set 2008", "Communities and Local Government")),
        ("bvpi", "Best Value Performance Indicators", ("Office of the Deputy Prime Minister",)),
        ("paf", "Performance Assessment Framework", ("Department of Health", "Social Care Inspection")),
    ],
)
def test_indicator_set_scheme(
    indicator_sets: Graph, key: str, label: str, source_words: tuple[str, ...]
) -> None:
    """Each set is a concept scheme and ckg:IndicatorSet with a label, description and its official source."""
    scheme = national_set_iri(key)
    assert (scheme, RDF.type, SKOS.ConceptScheme) in indicator_sets
    assert (scheme, RDF.type, CKG.IndicatorSet) in indicator_sets
    assert str(indicator_sets.value(scheme, SKOS.prefLabel)).startswith(label)
    description = indicator_sets.value(scheme, DCTERMS.description)
    assert isinstance(description, Literal) and description.language == "en"
    source = str(indicator_sets.value(scheme, DCTERMS.source))
    assert all(words in source for words in source_words), source


def test_every_concept_is_well_formed(indicator_sets: Graph) -> None:
    """A concept's IRI and notation agree as the loaders mint them; it has one plain title and its scheme."""
    concepts = set(indicator_sets.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) >= 117
    for node in concepts:
        notations = list(indicator_sets.objects(node, SKOS.notation))
        assert len(notations) == 1, node
        parsed = national_code(str(notations[0]))
        assert parsed is not None, notations
        indicator_set, code = parsed
        assert node == national_indicator_iri(indicator_set, code)
        assert str(notations[0]) == f"{indicator_set.upper()} {code.upper()}"
        labels = list(indicator_sets.objects(node, SKOS.prefLabel))
        assert len(labels) == 1 and isinstance(labels[0], Literal) and labels[0].language is None, node
        assert str(labels[0]).strip() == str(labels[0]) and str(labels[0])
        assert indicator_sets.value(node, RDFS.label) == labels[0]
        scheme = national_set_iri(indicator_set)
        assert set(indicator_sets.objects(node, SKOS.inScheme)) == {scheme}
        assert set(indicator_sets.objects(node, SKOS.topConceptOf)) == {scheme}
        assert (scheme, SKOS.hasTopConcept, node) in indicator_sets


def test_official_titles(indicator_sets: Graph) -> None:
    """Spot checks of official titles, and of titles taken from a plan (marked by an editorial note)."""

    def title(code: str) -> str:
        return str(indicator_sets.value(concept(code), SKOS.prefLabel))

    assert title("NI 59") == (
        "Percentage of initial assessments for children's social care carried out within 7 working days "
        "of referral"
    )
    assert title("NI 62") == "Stability of placements of looked after children: number of placements"
    assert title("NI 112") == "Under 18 conception rate"
    assert title("PAF C21") == "Duration on the Child Protection Register"
    # Herefordshire prints NI 62 as "number of moves": kept as an altLabel, not the title.
    assert Literal("Stability of placements of looked after children: number of moves") in set(
        indicator_sets.objects(concept("NI 62"), SKOS.altLabel)
    )
    assert indicator_sets.value(concept("NI 62"), SKOS.editorialNote) is None
    note = str(indicator_sets.value(concept("PAF C68"), SKOS.editorialNote))
    assert note.startswith("title as printed in Lambeth")
    # No bundled plan prints NI 103a, but the crosswalk maps BVPI 43a to it.
    assert "excluding exception" in title("NI 103a")


def test_plan_codes_used_by_the_bundled_plans(memory_store: EmbeddedStore, indicator_sets: Graph) -> None:
    """The plans use 72 NI, 24 BVPI and 21 PAF codes, and each has a concept in indicator-sets.ttl."""
    rows = select(
        memory_store, "SELECT DISTINCT ?c ?n WHERE { ?i ckg:nationalCode ?c . ?c skos:notation ?n }"
    )
    by_set: dict[str, int] = {}
    for row in rows:
        by_set[row["n"].split()[0]] = by_set.get(row["n"].split()[0], 0) + 1
        assert (URIRef(row["c"]), RDF.type, SKOS.Concept) in indicator_sets, row
    assert by_set == {"NI": 72, "BVPI": 24, "PAF": 21}


def test_every_national_concept_in_the_store_has_a_title_and_one_notation(
    memory_store: EmbeddedStore,
) -> None:
    """Concepts the plans code and concepts of the sets all have a prefLabel and exactly one notation."""
    rows = select(
        memory_store,
        """SELECT ?c (COUNT(DISTINCT ?label) AS ?labels) (COUNT(DISTINCT ?n) AS ?notations) WHERE {
             { ?i ckg:nationalCode ?c } UNION { ?c skos:inScheme/a ckg:IndicatorSet }
             OPTIONAL { ?c skos:prefLabel ?label } OPTIONAL { ?c skos:notation ?n } } GROUP BY ?c""",
    )
    assert len(rows) >= 120
    bad = [row for row in rows if (row["labels"], row["notations"]) != ("1", "1")]
    assert not bad


def test_titles_taken_from_a_plan_are_the_plan_wording(memory_store: EmbeddedStore) -> None:
    """A concept whose note says its title is as printed has the label a plan prints for that code."""
    rows = select(
        memory_store,
        """SELECT ?c ?title (GROUP_CONCAT(LCASE(?printed); separator="|") AS ?printings) WHERE {
             ?c skos:editorialNote ?note ; skos:prefLabel ?title .
             FILTER(STRSTARTS(?note, "title as printed in "))
             ?i ckg:nationalCode ?c ; rdfs:label ?printed } GROUP BY ?c ?title""",
    )
    assert len(rows) == 27
    for row in rows:
        assert row["title"].lower() in row["printings"].split("|"), row


# ---------------------------------------------------------------------------------------------
# Reading the crosswalk
# ---------------------------------------------------------------------------------------------

ISSUE_ROWS = {
    ("PAF C68", "NI 66"): "exactMatch",
    ("PAF A3", "NI 65"): "closeMatch",
    ("PAF C21", "NI 64"): "closeMatch",
    ("PAF C20", "NI 67"): "closeMatch",
    ("BVPI 162", "NI 67"): "closeMatch",
    ("PAF C64", "NI 60"): "exactMatch",
    ("PAF A1", "NI 62"): "exactMatch",
    ("BVPI 49", "NI 62"): "exactMatch",
    ("PAF D78", "NI 63"): "exactMatch",
    ("PAF A4", "NI 148"): "closeMatch",
    ("BVPI 161", "NI 148"): "closeMatch",
    ("BVPI 197", "NI 112"): "exactMatch",
    ("PAF C63", "herefordshire-cyp-directorate-plan-2009-11:CF/63"): "exactMatch",
    ("BVPI 43a", "NI 103a"): "closeMatch",
    ("BVPI 43b", "NI 103b"): "closeMatch",
    ("PAF A70", "NI 51"): "closeMatch",
    ("lambeth-childrens-directorate-plan-2020-21:RI.56", "NI 65"): "exactMatch",
    ("lambeth-childrens-directorate-plan-2020-21:RI.57", "NI 148"): "closeMatch",
}


def test_shipped_crosswalk_holds_the_issue_rows() -> None:
    """The issue's mappings are there, with the match strength the reviewer chose and a basis."""
    rows = read_crosswalk()
    by_pair = {(row.source_code, row.target_code): row for row in rows}
    assert {pair: by_pair[pair].match for pair in ISSUE_ROWS} == ISSUE_ROWS
    assert all(len(row.basis.split()) >= 4 for row in rows)
    assert len(rows) == 58
    assert [row.line for row in rows] == list(range(2, 60))


def test_resolve_code() -> None:
    """National codes resolve as the loaders mint them, plan indicators to their plan's indicator IRI."""
    assert resolve_code("ni 102a") == national_indicator_iri("ni", "102a")
    assert resolve_code("BVPI 43a") == URIRef("https://w3id.org/councilkg/id/indicator-set/bvpi/43a")
    assert resolve_code("herefordshire-cyp-directorate-plan-2009-11:CF/63") == item_iri(
        HEREFORDSHIRE, "indicator", "cf-63"
    )
    assert resolve_code("lambeth-childrens-directorate-plan-2020-21:Average days lost through sickness") == (
        item_iri(LAMBETH_2020_PLAN, "indicator", "average-days-lost-through-sickness")
    )


def test_crosswalk_national_ends_are_concepts(indicator_sets: Graph) -> None:
    """Every national code in the crosswalk has a concept (and so a title) in indicator-sets.ttl."""
    ends = {end for row in read_crosswalk() for end in (row.source, row.target)}
    national = {end for end in ends if "/indicator-set/" in end}
    assert len(national) >= 40
    missing = {end for end in national if (end, RDF.type, SKOS.Concept) not in indicator_sets}
    assert not missing


def test_crosswalk_local_ends_exist_in_the_built_store(built_store_path: Path) -> None:
    """Every plan indicator the crosswalk names is an indicator of that plan, with that ref or label."""
    rows = read_crosswalk()
    local = {
        (end, code.partition(":")[2])
        for row in rows
        for end, code in ((row.source, row.source_code), (row.target, row.target_code))
        if ":" in code
    }
    assert len(local) >= 25
    with EmbeddedStore.open(built_store_path, read_only=True) as store:
        for iri, printed in sorted(local):
            found = select(
                store,
                """SELECT ?indicator ?plan ?ref ?label WHERE {
                     ?indicator a ckg:Indicator ; ckg:inPlan ?plan ; rdfs:label ?label .
                     OPTIONAL { ?indicator ckg:ref ?ref } }""",
                indicator=iri,
            )
            assert len(found) == 1, iri
            assert str(iri).startswith(found[0]["plan"] + "/indicator/")
            assert printed in (found[0].get("ref"), found[0]["label"]), (printed, found)


def test_exact_matches_never_join_two_codes_of_one_set() -> None:
    """An exactMatch cluster holds at most one code per indicator set, and no closer link inside it."""
    rows = read_crosswalk()
    parent: dict[URIRef, URIRef] = {}

    def root(node: URIRef) -> URIRef:
        while parent.get(node, node) != node:
            node = parent[node]
        return node

    for row in rows:
        if row.match == "exactMatch":
            parent[root(row.source)] = root(row.target)
    clusters: dict[URIRef, list[URIRef]] = {}
    for node in {end for row in rows for end in (row.source, row.target)}:
        clusters.setdefault(root(node), []).append(node)
    for members in clusters.values():
        sets = [str(m).split("/indicator-set/")[1].split("/")[0] for m in members if "/indicator-set/" in m]
        assert len(sets) == len(set(sets)), members
    for row in rows:
        if row.match != "exactMatch":
            assert root(row.source) != root(row.target), row


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("NI 59,NI 60,sameMatch,basis here\n", 2, "unknown match type 'sameMatch'"),
        ("XYZ 12,NI 60,closeMatch,basis here\n", 2, "neither a national code"),
        ("NI 59,nowhere-plan:RI.56,closeMatch,basis here\n", 2, "'nowhere-plan' is not a bundled plan"),
        ("NI 59,NI 59,exactMatch,basis here\n", 2, "NI 59 is mapped to itself"),
        ("NI 59,NI 60,closeMatch,one\n\nNI 59,NI 60,relatedMatch,two\n", 4, "already mapped on line 2"),
        ("NI 59,NI 60,closeMatch,one\nNI 60,NI 59,closeMatch,two\n", 3, "already mapped on line 2"),
        ("NI 59,NI 60,closeMatch\n", 2, "3 cells, expected 4"),
        ("NI 59,NI 60,closeMatch,  \n", 2, "the basis is empty"),
        ("NI 59,lambeth-childrens-directorate-plan-2020-21: ,closeMatch,why\n", 2, "names no indicator"),
    ],
)
def test_bad_rows_are_refused_naming_the_line(tmp_path: Path, body: str, line: int, words: str) -> None:
    """A malformed row raises CrosswalkError with one line naming the file, the line and the fault."""
    path = tmp_path / "crosswalk.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(CrosswalkError) as caught:
        read_crosswalk(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: ")
    assert words in message
    assert "\n" not in message


def test_bad_header_and_missing_file(tmp_path: Path) -> None:
    """A wrong header and an unreadable file are refused with the file named."""
    path = tmp_path / "crosswalk.csv"
    path.write_text("source,target,match,basis\nNI 59,NI 60,closeMatch,why\n", encoding="utf-8")
    with pytest.raises(CrosswalkError, match=r"crosswalk.csv:1: the header must be from,to,match,basis"):
        read_crosswalk(path)
    with pytest.raises(CrosswalkError, match="cannot read crosswalk"):
        read_crosswalk(tmp_path / "absent.csv")


# ---------------------------------------------------------------------------------------------
# Crosswalk triples
# ---------------------------------------------------------------------------------------------


def test_crosswalk_graph_of_one_row(tmp_path: Path) -> None:
    """A row gives the SKOS match and a ckg:Mapping with its basis, line and source CSV, nothing else."""
    path = tmp_path / "mine.csv"
    path.write_text(HEADER + 'PAF C68,NI 66,exactMatch,"successor indicator, same definition"\n', "utf-8")
    paf, ni = concept("PAF C68"), concept("NI 66")
    node = mapping_iri(paf, ni)
    assert node == URIRef("https://w3id.org/councilkg/id/crosswalk/paf-c68/ni-66")
    expected = Graph()
    for triple in [
        (paf, SKOS.exactMatch, ni),
        (node, RDF.type, CKG.Mapping),
        (node, RDFS.label, Literal("PAF C68 exactMatch NI 66")),
        (node, CKG.mapsFrom, paf),
        (node, CKG.mapsTo, ni),
        (node, CKG.matchType, SKOS.exactMatch),
        (node, CKG.basis, Literal("successor indicator, same definition")),
        (node, CKG.sourceLine, Literal(2)),
        (node, PROV.wasDerivedFrom, CROSSWALK_SOURCE),
        (CROSSWALK_SOURCE, RDF.type, CKG.SourceDocument),
        (CROSSWALK_SOURCE, RDFS.label, Literal("mine.csv")),
        (CROSSWALK_SOURCE, CKG.fileName, Literal("mine.csv")),
        (CROSSWALK_SOURCE, CKG.sha256, Literal(hashlib.sha256(path.read_bytes()).hexdigest())),
        (CROSSWALK_SOURCE, CKG.lineCount, Literal(2)),
    ]:
        expected.add(triple)
    graph = crosswalk_graph(read_crosswalk(path), path)
    assert to_isomorphic(graph) == to_isomorphic(expected), sorted(set(graph) ^ set(expected))


def test_crosswalk_is_in_the_reference_graph(memory_store: EmbeddedStore) -> None:
    """The build puts every crosswalk row into the reference graph, with its mapping node."""
    rows = read_crosswalk()
    matches = select(
        memory_store,
        f"""SELECT ?m ?from ?to ?basis WHERE {{ GRAPH <{REFERENCE_GRAPH}> {{
              ?m a ckg:Mapping ; ckg:mapsFrom ?from ; ckg:mapsTo ?to ; ckg:matchType ?type ;
                 ckg:basis ?basis ; prov:wasDerivedFrom ?csv .
              ?from ?type ?to . ?csv a ckg:SourceDocument ; ckg:fileName "crosswalk.csv" }} }}""",
    )
    assert {(row["from"], row["to"]) for row in matches} == {(str(r.source), str(r.target)) for r in rows}


def test_crosswalk_reaches_the_reference_graph_after_loading_one_plan() -> None:
    """Loading a single plan into a new store also writes the whole crosswalk to the reference graph."""
    with EmbeddedStore.open(":memory:") as store:
        build(store, [LAMBETH_2020])
        rows = select(
            store,
            f"""SELECT ?from ?to ?type WHERE {{ GRAPH <{REFERENCE_GRAPH}> {{ ?from ?type ?to }} }}""",
            **{"from": concept("PAF C68"), "to": concept("NI 66")},
        )
        assert [row["type"] for row in rows] == [str(SKOS.exactMatch)]
        assert len(select(store, "SELECT ?m WHERE { ?m a ckg:Mapping }")) == len(read_crosswalk())


# ---------------------------------------------------------------------------------------------
# The indicator-matches query
# ---------------------------------------------------------------------------------------------


def matches(store: EmbeddedStore, code: URIRef) -> dict[str, tuple[str, str]]:
    """Return ``{indicator IRI: (match, via)}`` of indicator-matches for ``code``."""
    rows = select(store, named_queries()["indicator-matches"].text, code=code)
    return {row["indicator"]: (row["match"], row["via"]) for row in rows}


def test_indicators_matching_ni_65(memory_store: EmbeddedStore) -> None:
    """NI 65: Herefordshire's NI 65, Lambeth 2020's RI.56 (exact) and Lambeth 2007's PAF A3 (close)."""
    found = matches(memory_store, NI_65)
    assert found[str(item_iri(HEREFORDSHIRE, "indicator", "ni-65"))] == ("direct", str(NI_65))
    ri56 = str(item_iri(LAMBETH_2020_PLAN, "indicator", "ri-56"))
    assert found[ri56] == ("exactMatch", ri56)
    assert found[str(item_iri(LAMBETH_2007, "indicator", "paf-a3"))] == ("closeMatch", str(concept("PAF A3")))
    assert len(found) == 3


def test_indicators_matching_a_local_indicator(memory_store: EmbeddedStore) -> None:
    """From RI.56, equivalence reaches Herefordshire's NI 65, and a closeMatch from NI 65 PAF A3."""
    ri56 = item_iri(LAMBETH_2020_PLAN, "indicator", "ri-56")
    found = matches(memory_store, ri56)
    assert found[str(ri56)] == ("direct", str(ri56))
    assert found[str(item_iri(HEREFORDSHIRE, "indicator", "ni-65"))] == ("exactMatch", str(NI_65))
    assert found[str(item_iri(LAMBETH_2007, "indicator", "paf-a3"))][0] == "closeMatch"


def test_exact_match_is_followed_both_ways_and_transitively(memory_store: EmbeddedStore) -> None:
    """From BVPI 49: PAF A1 (stated the other way) and NI 62 (stated from both) are equivalents."""
    rows = select(memory_store, named_queries()["indicator-matches"].text, code=concept("BVPI 49"))
    vias = {(row["match"], row["via"], row["indicator"]) for row in rows}
    lambeth_a1 = str(item_iri(LAMBETH_2007, "indicator", "paf-a1-bvpi-49"))
    assert ("direct", str(concept("BVPI 49")), lambeth_a1) in vias
    assert ("exactMatch", str(concept("PAF A1")), lambeth_a1) in vias
    assert ("exactMatch", str(concept("NI 62")), str(item_iri(HEREFORDSHIRE, "indicator", "ni-62"))) in vias
    bases = {row["via"]: row.get("basis", "") for row in rows}
    assert bases[str(concept("NI 62"))].startswith("successor indicator, same definition (BVPI 49")


def test_related_match_is_followed_against_its_direction(memory_store: EmbeddedStore) -> None:
    """The crosswalk states RI.58 relatedMatch NI 59; asking from NI 59 finds RI.58."""
    found = matches(memory_store, concept("NI 59"))
    assert found[str(item_iri(LAMBETH_2020_PLAN, "indicator", "ri-58"))][0] == "relatedMatch"


# ---------------------------------------------------------------------------------------------
# Mapping IRIs and terms (the suggestions are tested in tests/analysis/test_matches.py)
# ---------------------------------------------------------------------------------------------


def test_mapping_keys_are_slugs() -> None:
    """Mapping IRIs of plan indicators carry the authority, plan and indicator key."""
    source = resolve_code("herefordshire-cyp-directorate-plan-2009-11:HR 02")
    node = mapping_iri(source, concept("BVPI 12"))
    assert str(node).endswith(
        f"crosswalk/herefordshire-cyp-directorate-plan-2009-11-{slugify('HR 02')}/bvpi-12"
    )


def test_indicator_sets_use_only_declared_terms(indicator_sets: Graph) -> None:
    """indicator-sets.ttl uses ckg: terms that the vocabulary declares, and no others."""
    used = {term for triple in indicator_sets for term in triple if str(term).startswith(CKG_IRI)}
    assert used == {CKG.IndicatorSet, CKG.lowerIsBetter}
