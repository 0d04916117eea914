"""The bundled reference data: the Every Child Matters scheme and the bundled authorities hold the
contract's IRIs, codes and labels, and conform to the shapes (the ontology and shapes themselves:
``test_ontology.py``)."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from councilkg.ontology import reference_paths
from councilkg.ontology.vocab import CKG, ID, ONS_GEOGRAPHY
from tests.ontology.test_ontology import AUTHORITIES, CONTRACT_ID_IRI, ECM_OUTCOMES, ECM_SCHEME, run_shapes

# ---------------------------------------------------------------------------------------------
# Reference data
# ---------------------------------------------------------------------------------------------


def test_ecm_scheme(ecm: Graph) -> None:
    """The ECM scheme is an outcome framework with exactly the five contract outcomes on top."""
    assert (ECM_SCHEME, RDF.type, SKOS.ConceptScheme) in ecm
    assert (ECM_SCHEME, RDF.type, CKG.OutcomeFramework) in ecm
    assert ecm.value(ECM_SCHEME, SKOS.prefLabel) == Literal("Every Child Matters")
    assert ecm.value(ECM_SCHEME, RDFS.label) == Literal("Every Child Matters")
    assert ecm.value(ECM_SCHEME, DCTERMS.source) == Literal(
        "Every Child Matters: Change for Children (DfES, 2004)"
    )
    expected = {URIRef(f"{ECM_SCHEME}/{slug}") for slug in ECM_OUTCOMES}
    assert set(ecm.objects(ECM_SCHEME, SKOS.hasTopConcept)) == expected
    assert set(ecm.subjects(RDF.type, CKG.Outcome)) == expected


@pytest.mark.parametrize("slug", sorted(ECM_OUTCOMES))
def test_ecm_outcome(ecm: Graph, slug: str) -> None:
    """Each ECM outcome has its notation, official label as a plain string, and a definition."""
    notation, label = ECM_OUTCOMES[slug]
    outcome = URIRef(f"{ECM_SCHEME}/{slug}")
    assert outcome == ID[f"framework/ecm/{slug}"]
    assert {(outcome, RDF.type, SKOS.Concept), (outcome, RDF.type, CKG.Outcome)} <= set(ecm)
    assert (outcome, SKOS.inScheme, ECM_SCHEME) in ecm
    assert (outcome, SKOS.topConceptOf, ECM_SCHEME) in ecm
    assert list(ecm.objects(outcome, SKOS.notation)) == [Literal(notation)]
    # Plain literals, no language tag, so that FILTER(?label = "Stay safe") matches.
    assert list(ecm.objects(outcome, SKOS.prefLabel)) == [Literal(label)]
    assert list(ecm.objects(outcome, RDFS.label)) == [Literal(label)]
    alt_labels = set(ecm.objects(outcome, SKOS.altLabel))
    assert alt_labels, f"{slug} needs the spellings plans use as skos:altLabel"
    assert Literal(label) not in alt_labels
    assert all(isinstance(alt, Literal) and alt.language is None for alt in alt_labels)
    definition = ecm.value(outcome, SKOS.definition)
    assert isinstance(definition, Literal), f"{slug} needs a skos:definition"
    assert definition.language == "en"


def test_ecm_alt_labels_cover_plan_spellings(ecm: Graph) -> None:
    """The spellings the bundled plans use resolve, case-insensitively, to one outcome each."""
    by_label: dict[str, set[Node]] = {}
    for predicate in (SKOS.prefLabel, SKOS.altLabel):
        for outcome, label in ecm.subject_objects(predicate):
            by_label.setdefault(str(label).lower(), set()).add(outcome)
    assert all(len(outcomes) == 1 for outcomes in by_label.values()), "an ECM label is ambiguous"
    spellings = {
        "Being healthy": "be-healthy",
        "Staying safe": "stay-safe",
        "Enjoying and achieving": "enjoy-and-achieve",
        "Making a positive contribution": "positive-contribution",
        "Economic well-being": "economic-wellbeing",
        "Economic wellbeing": "economic-wellbeing",
        "Achieving economic well-being": "economic-wellbeing",
    }
    for spelling, slug in spellings.items():
        assert by_label.get(spelling.lower()) == {ID[f"framework/ecm/{slug}"]}, spelling


@pytest.mark.parametrize("slug", sorted(AUTHORITIES))
def test_authority(authorities: Graph, slug: str) -> None:
    """Each bundled authority has its short and full names, GSS code and ONS geography link."""
    short_name, full_name, gss_code = AUTHORITIES[slug]
    authority = URIRef(f"{CONTRACT_ID_IRI}authority/{slug}")
    assert (authority, RDF.type, CKG.Authority) in authorities
    assert (authority, RDF.type, ORG.FormalOrganization) in authorities
    assert list(authorities.objects(authority, RDFS.label)) == [Literal(short_name)]
    assert list(authorities.objects(authority, SKOS.altLabel)) == [Literal(full_name)]
    assert list(authorities.objects(authority, CKG.gssCode)) == [Literal(gss_code)]
    ons = URIRef(f"http://statistics.data.gov.uk/id/statistical-geography/{gss_code}")
    assert ons == ONS_GEOGRAPHY[gss_code]
    assert list(authorities.objects(authority, OWL.sameAs)) == [ons]


def test_authorities_file_holds_only_the_bundled_authorities(authorities: Graph) -> None:
    """The authorities file declares exactly Lambeth, Herefordshire and Southwark."""
    expected = {ID[f"authority/{slug}"] for slug in AUTHORITIES}
    assert set(authorities.subjects(RDF.type, CKG.Authority)) == expected


def test_reference_data_conforms(shapes: Graph, ontology: Graph) -> None:
    """The bundled reference data on its own conforms to the shapes."""
    data = Graph()
    for path in reference_paths():
        data.parse(path, format="turtle")
    conforms, _results, text = run_shapes(data, shapes, ontology)
    assert conforms, text
