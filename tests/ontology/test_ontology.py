"""Tests of the councilkg ontology, its SHACL shapes and the bundled reference data.

The ontology (``councilkg.ttl``) must declare exactly the terms of :class:`CKG`, each with a type,
one English label and one English comment; the shapes must accept a small plan-shaped graph and
reject malformed variants of it; the reference files must hold the contract's IRIs and codes.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, QB, RDF, RDFS, SH, SKOS, TIME, XSD
from rdflib.term import Node

from councilkg.ontology import reference_paths
from councilkg.ontology.vocab import CKG, CKG_IRI, ID, ID_IRI, ONS_GEOGRAPHY, PLAN_TYPES
from tests.ontology.conftest import load_turtle

ONTOLOGY_IRI = URIRef("https://w3id.org/councilkg")
VANN_PREFIX = URIRef("http://purl.org/vocab/vann/preferredNamespacePrefix")
VANN_URI = URIRef("http://purl.org/vocab/vann/preferredNamespaceUri")
CC_BY_4 = URIRef("https://creativecommons.org/licenses/by/4.0/")

VOCAB_TERMS: list[str] = sorted(name for name in CKG.__annotations__ if not name.startswith("_"))
"""Every term name of the :class:`CKG` namespace, e.g. ``"Plan"`` or ``"inPlan"``."""

MEASURE_TYPES = ("Outturn", "Target", "Comparator")
INDIVIDUALS = frozenset(MEASURE_TYPES + PLAN_TYPES)

TURTLE_FILES: list[str] = [
    "councilkg.ttl",
    "shapes.ttl",
    "release-shapes.ttl",
    "reference/ecm.ttl",
    "reference/authorities.ttl",
]

# The published contract spells these IRIs out; the tests spell them too so that a change to the
# constants in vocab.py cannot silently move them.
CONTRACT_CKG_IRI = "https://w3id.org/councilkg#"
CONTRACT_ID_IRI = "https://w3id.org/councilkg/id/"
ECM_SCHEME = URIRef("https://w3id.org/councilkg/id/framework/ecm")
ECM_OUTCOMES: dict[str, tuple[str, str]] = {
    "be-healthy": ("BH", "Be healthy"),
    "stay-safe": ("SS", "Stay safe"),
    "enjoy-and-achieve": ("EA", "Enjoy and achieve"),
    "positive-contribution": ("PC", "Make a positive contribution"),
    "economic-wellbeing": ("EW", "Achieve economic well-being"),
}
AUTHORITIES: dict[str, tuple[str, str, str]] = {
    "lambeth": ("Lambeth", "London Borough of Lambeth", "E09000022"),
    "herefordshire": ("Herefordshire", "Herefordshire Council", "E06000019"),
    "southwark": ("Southwark", "London Borough of Southwark", "E09000028"),
}


def ckg_terms_in(graph: Graph) -> set[URIRef]:
    """Return every IRI in the ckg: namespace that occurs anywhere in ``graph``."""
    return {
        term
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and str(term).startswith(CKG_IRI)
    }


def vocab_term(name: str) -> URIRef:
    """Return the IRI of the :class:`CKG` term called ``name``, e.g. ``vocab_term("Plan")``."""
    term: URIRef = getattr(CKG, name)
    return term


def union_members(graph: Graph, node: Node) -> set[Node]:
    """Return the members of an ``owl:unionOf`` class, or ``{node}`` for a named class."""
    members = graph.value(node, OWL.unionOf)
    if members is None:
        return {node}
    return set(Collection(graph, members))


def term_kind(name: str) -> URIRef:
    """Return the OWL type a term of :class:`CKG` must be declared with, judged from its name.

    Named individuals are listed in :data:`INDIVIDUALS`; other capitalised names are classes and
    lower-case names are properties (``owl:ObjectProperty`` or ``owl:DatatypeProperty``, so the
    caller checks properties against :data:`RDF.Property`).
    """
    if name in INDIVIDUALS:
        return OWL.NamedIndividual
    return OWL.Class if name[0].isupper() else RDF.Property


# ---------------------------------------------------------------------------------------------
# Files and the ontology header
# ---------------------------------------------------------------------------------------------


def test_contract_namespaces_are_unchanged() -> None:
    """The namespaces in vocab.py are the ones the published contract states."""
    assert CKG_IRI == CONTRACT_CKG_IRI
    assert ID_IRI == CONTRACT_ID_IRI
    assert str(CKG.Plan) == CONTRACT_CKG_IRI + "Plan"


@pytest.mark.parametrize("name", TURTLE_FILES)
def test_turtle_file_parses(name: str) -> None:
    """Every shipped Turtle file parses and is not empty."""
    assert len(load_turtle(name)) > 0


def test_reference_paths_list_the_reference_files() -> None:
    """reference_paths() finds both bundled reference files, so they reach the reference graph."""
    names = {path.name for path in reference_paths()}
    assert {"ecm.ttl", "authorities.ttl"} <= names


@pytest.mark.parametrize("path", reference_paths(), ids=lambda path: Path(path).name)
def test_reference_file_parses(path: Path) -> None:
    """Every file reference_paths() returns parses as Turtle."""
    assert len(Graph().parse(path, format="turtle")) > 0


def test_ontology_header(ontology: Graph) -> None:
    """The ontology resource has its title, description, version, licence and preferred prefix."""
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    for predicate in (DCTERMS.title, DCTERMS.description):
        value = ontology.value(ONTOLOGY_IRI, predicate)
        assert isinstance(value, Literal), f"{predicate} must be a literal"
        assert value.language == "en", f"{predicate} must be @en"
        assert str(value).strip(), f"{predicate} must not be blank"
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.license) == CC_BY_4
    assert ontology.value(ONTOLOGY_IRI, VANN_PREFIX) == Literal("ckg")
    assert ontology.value(ONTOLOGY_IRI, VANN_URI) == Literal(CKG_IRI)


# ---------------------------------------------------------------------------------------------
# The ontology declares exactly the terms of CKG
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", VOCAB_TERMS)
def test_vocab_term_is_declared(ontology: Graph, name: str) -> None:
    """Each CKG term has an OWL type, one English label, one English comment and isDefinedBy."""
    term = vocab_term(name)
    types = set(ontology.objects(term, RDF.type))
    assert types, f"ckg:{name} has no rdf:type in councilkg.ttl"

    labels = list(ontology.objects(term, RDFS.label))
    comments = list(ontology.objects(term, RDFS.comment))
    assert len(labels) == 1, f"ckg:{name} needs exactly one rdfs:label, has {labels}"
    assert len(comments) == 1, f"ckg:{name} needs exactly one rdfs:comment, has {comments}"
    for text in labels + comments:
        assert isinstance(text, Literal), f"ckg:{name}: {text!r} is not a literal"
        assert text.language == "en", f"ckg:{name}: {text!r} is not @en"
        assert str(text), f"ckg:{name}: blank text"
        assert str(text).strip() == str(text), f"ckg:{name}: {text!r} has padding"
    assert len(str(comments[0]).split()) >= 6, f"ckg:{name}: comment is too short to define it"
    assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in ontology

    kind = term_kind(name)
    if kind == RDF.Property:
        owl_types = types & {OWL.ObjectProperty, OWL.DatatypeProperty}
        assert len(owl_types) == 1, f"ckg:{name} must be exactly one of Object/DatatypeProperty"
    else:
        assert kind in types, f"ckg:{name} must be an {kind}"


def test_no_undeclared_ckg_terms(ontology: Graph) -> None:
    """Every ckg: IRI that councilkg.ttl mentions, as subject or otherwise, is a term of CKG."""
    declared = {vocab_term(name) for name in VOCAB_TERMS}
    subjects = {s for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(CKG_IRI)}
    assert subjects == declared, f"only in ttl: {subjects - declared}; only in CKG: {declared - subjects}"
    assert ckg_terms_in(ontology) <= declared


@pytest.mark.parametrize(
    "name", ["shapes.ttl", "release-shapes.ttl", "reference/ecm.ttl", "reference/authorities.ttl"]
)
def test_other_files_use_only_vocab_terms(name: str) -> None:
    """Shapes and reference data only use ckg: terms that CKG declares (no typos)."""
    declared = {vocab_term(term) for term in VOCAB_TERMS}
    undeclared = ckg_terms_in(load_turtle(name)) - declared
    assert not undeclared, f"{name} uses undeclared terms: {sorted(undeclared)}"


@pytest.mark.parametrize("name", MEASURE_TYPES)
def test_measure_types_are_individuals(ontology: Graph, name: str) -> None:
    """Outturn, Target and Comparator are named individuals of ckg:MeasureType."""
    assert (vocab_term(name), RDF.type, CKG.MeasureType) in ontology


@pytest.mark.parametrize("name", PLAN_TYPES)
def test_plan_types_are_individuals(ontology: Graph, name: str) -> None:
    """The seven plan types are named individuals of ckg:PlanType."""
    assert (vocab_term(name), RDF.type, CKG.PlanType) in ontology


def test_plan_types_are_all_the_individuals(ontology: Graph) -> None:
    """``vocab.PLAN_TYPES`` (what ``load --type`` accepts) lists every ckg:PlanType individual."""
    declared = {str(s).removeprefix(CKG_IRI) for s in ontology.subjects(RDF.type, CKG.PlanType)}
    assert declared == set(PLAN_TYPES)


# ---------------------------------------------------------------------------------------------
# Alignment, domains and ranges
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("term", "superterm"),
    [
        (CKG.Authority, ORG.FormalOrganization),
        (CKG.Plan, PROV.Entity),
        (CKG.Outcome, SKOS.Concept),
        (CKG.Theme, SKOS.Concept),
        (CKG.Observation, QB.Observation),
        (CKG.Post, ORG.Post),
        (CKG.Person, FOAF.Person),
        (CKG.OrganisationalUnit, ORG.OrganizationalUnit),
        (CKG.Partner, ORG.Organization),
        (CKG.Project, CKG.Action),
        (CKG.SourceDocument, PROV.Entity),
        (CKG.SourceDocument, FOAF.Document),
        (CKG.OutcomeFramework, SKOS.ConceptScheme),
    ],
)
def test_class_alignment(ontology: Graph, term: URIRef, superterm: URIRef) -> None:
    """Classes are aligned to the standard vocabularies the contract names."""
    assert (term, RDFS.subClassOf, superterm) in ontology


def test_indicator_and_amount_are_not_wrongly_aligned(ontology: Graph) -> None:
    """Indicators are not properties and amounts are not cube observations."""
    assert (CKG.Indicator, RDFS.subClassOf, QB.MeasureProperty) not in ontology
    assert (CKG.Indicator, RDFS.seeAlso, QB.MeasureProperty) in ontology
    assert not set(ontology.objects(CKG.Amount, RDFS.subClassOf))


@pytest.mark.parametrize(
    ("term", "superterm"),
    [
        (CKG.accountable, CKG.owner),
        (CKG.leadManager, CKG.owner),
        (CKG.leadMember, CKG.owner),
        (CKG.responsible, CKG.owner),
        (CKG.indicatorOwner, CKG.owner),
        (CKG.riskOwner, CKG.owner),
        (CKG.ref, SKOS.notation),
        (CKG.inPlan, DCTERMS.isPartOf),
        (CKG.drawsOn, DCTERMS.references),
        (CKG.authority, DCTERMS.publisher),
        (CKG.gssCode, DCTERMS.identifier),
    ],
)
def test_property_alignment(ontology: Graph, term: URIRef, superterm: URIRef) -> None:
    """Properties are sub-properties of the terms the design names."""
    assert (term, RDFS.subPropertyOf, superterm) in ontology


@pytest.mark.parametrize(
    ("prop", "domain", "range_"),
    [
        (CKG.authority, {CKG.Plan}, {CKG.Authority}),
        (CKG.planType, {CKG.Plan}, {CKG.PlanType}),
        (CKG.drawsOn, {CKG.Plan}, {CKG.Plan}),
        (CKG.startYear, {CKG.Plan}, {XSD.gYear}),
        (CKG.endYear, {CKG.Plan}, {XSD.gYear}),
        (CKG.contributesTo, {CKG.Priority}, {CKG.Outcome, CKG.Priority}),
        (CKG.measures, {CKG.Indicator}, {CKG.Priority, CKG.Outcome}),
        (CKG.indicator, {CKG.Observation}, {CKG.Indicator}),
        (CKG.measureType, {CKG.Observation}, {CKG.MeasureType}),
        (CKG.value, {CKG.Observation, CKG.Amount}, {XSD.decimal}),
        (CKG.rawValue, {CKG.Observation, CKG.Amount}, {XSD.string}),
        (CKG.unit, {CKG.Observation, CKG.Amount}, {XSD.string}),
        (CKG.period, {CKG.Observation, CKG.Amount}, {XSD.string}),
        (CKG.rating, {CKG.Risk}, {XSD.integer}),
        (CKG.targetRating, {CKG.Risk}, {XSD.integer}),
        (CKG.residualRating, {CKG.Risk}, {XSD.integer}),
        (CKG.lineCount, {CKG.SourceDocument}, {XSD.integer}),
        (CKG.owner, None, {CKG.Post, CKG.Person, CKG.OrganisationalUnit, CKG.Partner}),
        (CKG.inPlan, None, {CKG.Plan}),
        (CKG.sourceLine, None, {XSD.integer}),
        (CKG.ref, None, {XSD.string}),
        (CKG.partner, None, {CKG.Partner}),
        (CKG.unnumbered, None, {XSD.boolean}),
        (CKG.due, {CKG.Action}, None),
        (CKG.endDate, {CKG.Contract}, None),
    ],
)
def test_domain_and_range(
    ontology: Graph, prop: URIRef, domain: set[URIRef] | None, range_: set[URIRef] | None
) -> None:
    """Domains and ranges follow the contract; ``None`` means the property must state none."""
    domains = list(ontology.objects(prop, RDFS.domain))
    ranges = list(ontology.objects(prop, RDFS.range))
    if domain is None:
        assert not domains, f"{prop} must have no rdfs:domain, it is used on several classes"
    else:
        assert len(domains) == 1, f"{prop} needs exactly one rdfs:domain, has {domains}"
        assert union_members(ontology, domains[0]) == domain
    if range_ is None:
        assert not ranges, f"{prop} must have no rdfs:range"
    else:
        assert len(ranges) == 1, f"{prop} needs exactly one rdfs:range, has {ranges}"
        assert union_members(ontology, ranges[0]) == range_


def test_datatype_property_ranges_are_datatypes(ontology: Graph) -> None:
    """Datatype properties range over XSD datatypes and object properties never do."""
    for prop in ontology.subjects(RDF.type, OWL.DatatypeProperty):
        for range_ in ontology.objects(prop, RDFS.range):
            assert str(range_).startswith(str(XSD)), f"{prop} has non-datatype range {range_}"
    for prop in ontology.subjects(RDF.type, OWL.ObjectProperty):
        for range_ in ontology.objects(prop, RDFS.range):
            assert not str(range_).startswith(str(XSD)), f"{prop} has datatype range {range_}"


# ---------------------------------------------------------------------------------------------
# SHACL shapes
# ---------------------------------------------------------------------------------------------


def test_shapes_are_documented(shapes: Graph) -> None:
    """Every node shape has a target, a label and a comment; every property shape a message."""
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    assert len(node_shapes) >= 10
    for shape in node_shapes:
        assert shapes.value(shape, SH.targetClass) is not None, f"{shape} has no sh:targetClass"
        assert shapes.value(shape, RDFS.label) is not None, f"{shape} has no rdfs:label"
        assert shapes.value(shape, RDFS.comment) is not None, f"{shape} has no rdfs:comment"
    property_shapes = set(shapes.subjects(SH.path, None))
    assert property_shapes
    for shape in property_shapes:
        assert shapes.value(shape, SH.message) is not None, f"{shape} has no sh:message"


def build_valid_graph() -> Graph:
    """Build a small plan graph that the shapes must accept.

    It holds an authority, a source document, a loaded plan (with its period) that draws on a merely
    cited plan, a person holding a post (and a dated membership of it), a priority contributing to an
    ECM outcome, an action, a project, an indicator with an observation, a risk, and a budget line
    with one amount. The ECM reference data is included so that the outcome resolves.
    """
    graph = load_turtle("reference/ecm.ttl")
    authority = ID["authority/testshire"]
    document = ID["source/testshire-plan-2020-21.txt"]
    plan = ID["plan/testshire/directorate-plan-2020-21"]
    cited = ID["plan/testshire/borough-plan"]
    person = ID["person/alex-example"]
    post = ID["authority/testshire/post/director-of-childrens-services"]
    unit = ID["authority/testshire/unit/social-care"]
    priority = ID["plan/testshire/directorate-plan-2020-21/priority/csob01"]
    action = ID["plan/testshire/directorate-plan-2020-21/action/cska12"]
    project = ID["plan/testshire/directorate-plan-2020-21/action/new-school"]
    indicator = ID["plan/testshire/directorate-plan-2020-21/indicator/ni-59"]
    observation = ID["plan/testshire/directorate-plan-2020-21/indicator/ni-59/target/2020-21"]
    risk = ID["plan/testshire/directorate-plan-2020-21/risk/cssr0005"]
    budget_line = ID["plan/testshire/directorate-plan-2020-21/budget/social-care"]
    amount = ID["plan/testshire/directorate-plan-2020-21/budget/social-care/total-net"]
    stay_safe = ID["framework/ecm/stay-safe"]
    period = ID["plan/testshire/directorate-plan-2020-21/period"]
    membership = MEMBERSHIP

    def item(node: URIRef, kind: URIRef, line: int, label: str | None) -> None:
        graph.add((node, RDF.type, kind))
        graph.add((node, CKG.inPlan, plan))
        graph.add((node, CKG.sourceLine, Literal(line)))
        graph.add((node, PROV.wasDerivedFrom, document))
        if label is not None:
            graph.add((node, RDFS.label, Literal(label)))

    triples: list[tuple[Node, Node, Node]] = [
        (authority, RDF.type, CKG.Authority),
        (authority, RDFS.label, Literal("Testshire")),
        (authority, CKG.gssCode, Literal("E06000019")),
        (authority, OWL.sameAs, ONS_GEOGRAPHY["E06000019"]),
        (document, RDF.type, CKG.SourceDocument),
        (document, CKG.fileName, Literal("testshire-plan-2020-21.txt")),
        (document, CKG.sha256, Literal("0123456789abcdef" * 4)),
        (document, CKG.lineCount, Literal(303)),
        (plan, RDF.type, CKG.Plan),
        (plan, RDFS.label, Literal("Testshire Children's Directorate Plan 2020/21")),
        (plan, DCTERMS.title, Literal("Children's Directorate Plan 2020/21")),
        (plan, CKG.authority, authority),
        (plan, CKG.planType, CKG.DirectoratePlan),
        (plan, CKG.startYear, Literal("2020", datatype=XSD.gYear)),
        (plan, CKG.endYear, Literal("2021", datatype=XSD.gYear)),
        (plan, PROV.wasDerivedFrom, document),
        (plan, CKG.drawsOn, cited),
        (cited, RDF.type, CKG.Plan),
        (cited, RDFS.label, Literal("Borough Plan")),
        (cited, CKG.authority, authority),
        (cited, CKG.planType, CKG.BoroughPlan),
        (person, RDF.type, CKG.Person),
        (person, RDFS.label, Literal("Alex Example")),
        (post, RDF.type, CKG.Post),
        (post, RDFS.label, Literal("Director of Children's Services")),
        (post, ORG.heldBy, person),
        (plan, DCTERMS.temporal, period),
        (period, RDF.type, TIME.Interval),
        (period, TIME.hasBeginning, URIRef(f"{period}/beginning")),
        (period, TIME.hasEnd, URIRef(f"{period}/end")),
        (URIRef(f"{period}/beginning"), TIME.inXSDDate, Literal("2020-04-01", datatype=XSD.date)),
        (URIRef(f"{period}/end"), TIME.inXSDDate, Literal("2021-03-31", datatype=XSD.date)),
        (membership, RDF.type, ORG.Membership),
        (membership, ORG.member, person),
        (membership, ORG.organization, authority),
        (membership, CKG.post, post),
        (membership, ORG.memberDuring, period),
        (unit, RDF.type, CKG.OrganisationalUnit),
        (unit, RDFS.label, Literal("Social Care")),
        (priority, CKG.ref, Literal("CSOB01")),
        (priority, CKG.contributesTo, stay_safe),
        (priority, CKG.owner, post),
        (action, CKG.ref, Literal("CSKA12")),
        (action, CKG.supports, priority),
        (action, CKG.owner, person),
        (action, CKG.responsible, person),
        (action, CKG.timescale, Literal("March 2021")),
        (action, CKG.due, Literal("2021-03", datatype=XSD.gYearMonth)),
        (project, CKG.supports, priority),
        (project, CKG.owner, unit),
        (project, CKG.due, Literal("2021-03-31", datatype=XSD.date)),
        (indicator, CKG.ref, Literal("NI 59")),
        (indicator, CKG.measures, priority),
        (indicator, CKG.owner, post),
        (indicator, CKG.nationalCode, ID["indicator-set/ni/59"]),
        (observation, CKG.indicator, indicator),
        (observation, CKG.measureType, CKG.Target),
        (observation, CKG.rawValue, Literal("55.2%")),
        (observation, CKG.value, Literal(Decimal("55.2"))),
        (observation, CKG.unit, Literal("percent")),
        (observation, CKG.period, Literal("2020/21")),
        (risk, CKG.ref, Literal("CSSR0005")),
        (risk, CKG.rating, Literal(32)),
        (risk, CKG.targetRating, Literal(8)),
        (risk, CKG.owner, person),
        (budget_line, CKG.amount, amount),
        (amount, CKG.amountType, Literal("Total Net Expenditure")),
        (amount, CKG.rawValue, Literal("54,096,000")),
        (amount, CKG.value, Literal(Decimal(54096000))),
        (amount, CKG.unit, Literal("GBP")),
    ]
    for triple in triples:
        graph.add(triple)
    item(priority, CKG.Priority, 40, "Children are safe")
    item(action, CKG.Action, 120, "Deliver the workforce strategy")
    item(project, CKG.Project, 130, "Build a new school")
    item(indicator, CKG.Indicator, 180, "Initial assessments within 7 working days")
    item(observation, CKG.Observation, 181, None)
    item(risk, CKG.Risk, 290, "High levels of youth violence")
    item(budget_line, CKG.BudgetLine, 207, "Children's Social Care")
    item(amount, CKG.Amount, 207, None)
    item(membership, CKG.Membership, 12, "Alex Example, Director of Children's Services")
    return graph


def run_shapes(data: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, Graph, str]:
    """Validate ``data`` against the shapes with the ontology mixed in, as the project does.

    Args:
        data: the data graph to validate.
        shapes: the SHACL shapes graph.
        ontology: the councilkg ontology, passed as pySHACL's ``ont_graph``.

    Returns:
        pySHACL's ``(conforms, results_graph, results_text)``.
    """
    conforms, results, text = validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", allow_warnings=False
    )
    assert isinstance(results, Graph)
    return bool(conforms), results, str(text)


def failing_paths(results: Graph) -> set[Node]:
    """Return the ``sh:resultPath`` of every result in a pySHACL validation report."""
    return {path for path in results.objects(None, SH.resultPath)}


def test_shapes_graph_is_valid_shacl(shapes: Graph) -> None:
    """The shapes graph passes pySHACL's SHACL-SHACL meta-validation."""
    conforms, _results, text = validate(Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text


def test_valid_plan_graph_conforms(shapes: Graph, ontology: Graph) -> None:
    """A well-formed plan graph, including a merely cited plan, conforms to the shapes."""
    conforms, _results, text = run_shapes(build_valid_graph(), shapes, ontology)
    assert conforms, text


def test_shapes_target_subclasses_through_the_ontology(shapes: Graph, ontology: Graph) -> None:
    """A ckg:Project is checked as a ckg:Action because the ontology makes it a subclass."""
    data = build_valid_graph()
    project = ID["plan/testshire/directorate-plan-2020-21/action/new-school"]
    data.remove((project, CKG.sourceLine, None))
    conforms, results, _text = run_shapes(data, shapes, ontology)
    assert not conforms
    assert CKG.sourceLine in failing_paths(results)


Mutation = Callable[[Graph], None]

MEMBERSHIP = ID["plan/testshire/directorate-plan-2020-21/membership/director-of-childrens-services/alex-ex"]

ACTION = ID["plan/testshire/directorate-plan-2020-21/action/cska12"]
OBSERVATION = ID["plan/testshire/directorate-plan-2020-21/indicator/ni-59/target/2020-21"]
AUTHORITY = ID["authority/testshire"]
PRIORITY = ID["plan/testshire/directorate-plan-2020-21/priority/csob01"]
RISK = ID["plan/testshire/directorate-plan-2020-21/risk/cssr0005"]
DOCUMENT = ID["source/testshire-plan-2020-21.txt"]
PLAN = ID["plan/testshire/directorate-plan-2020-21"]
PERSON = ID["person/alex-example"]
AMOUNT = ID["plan/testshire/directorate-plan-2020-21/budget/social-care/total-net"]
UNDECLARED_MEASURE_TYPE = URIRef(CKG_IRI + "Foo")  # built by hand: CKG.Foo would raise


def replace(node: URIRef, prop: URIRef, value: Node) -> Mutation:
    """Return a mutation that sets ``node``'s only value of ``prop`` to ``value``."""

    def mutate(graph: Graph) -> None:
        graph.set((node, prop, value))

    return mutate


def drop(node: URIRef, prop: URIRef) -> Mutation:
    """Return a mutation that removes every value of ``prop`` from ``node``."""

    def mutate(graph: Graph) -> None:
        graph.remove((node, prop, None))

    return mutate


def add(node: URIRef, prop: URIRef, value: Node) -> Mutation:
    """Return a mutation that adds one more value of ``prop`` to ``node``."""

    def mutate(graph: Graph) -> None:
        graph.add((node, prop, value))

    return mutate


BROKEN_VARIANTS: dict[str, tuple[Mutation, URIRef]] = {
    "action-missing-source-line": (drop(ACTION, CKG.sourceLine), CKG.sourceLine),
    "action-source-line-zero": (replace(ACTION, CKG.sourceLine, Literal(0)), CKG.sourceLine),
    "action-source-line-string": (replace(ACTION, CKG.sourceLine, Literal("12")), CKG.sourceLine),
    "action-two-labels": (add(ACTION, RDFS.label, Literal("Another text")), RDFS.label),
    "action-empty-label": (replace(ACTION, RDFS.label, Literal("")), RDFS.label),
    "action-missing-plan": (drop(ACTION, CKG.inPlan), CKG.inPlan),
    "action-missing-source-document": (drop(ACTION, PROV.wasDerivedFrom), PROV.wasDerivedFrom),
    "action-supports-action": (add(ACTION, CKG.supports, ACTION), CKG.supports),
    "action-owner-literal": (add(ACTION, CKG.owner, Literal("Alex Example")), CKG.owner),
    "action-owner-untyped": (add(ACTION, CKG.owner, ID["person/nobody"]), CKG.owner),
    "action-due-as-string": (replace(ACTION, CKG.due, Literal("March 2021")), CKG.due),
    "observation-measure-type-foo": (
        replace(OBSERVATION, CKG.measureType, UNDECLARED_MEASURE_TYPE),
        CKG.measureType,
    ),
    "observation-missing-indicator": (drop(OBSERVATION, CKG.indicator), CKG.indicator),
    "observation-missing-raw-value": (drop(OBSERVATION, CKG.rawValue), CKG.rawValue),
    "observation-bad-period": (replace(OBSERVATION, CKG.period, Literal("2020-2021")), CKG.period),
    "observation-unknown-unit": (replace(OBSERVATION, CKG.unit, Literal("percentage")), CKG.unit),
    "observation-value-as-string": (replace(OBSERVATION, CKG.value, Literal("55.2")), CKG.value),
    "amount-missing-amount-type": (drop(AMOUNT, CKG.amountType), CKG.amountType),
    "authority-gss-code-x1": (replace(AUTHORITY, CKG.gssCode, Literal("X1")), CKG.gssCode),
    "authority-gss-code-scotland": (
        replace(AUTHORITY, CKG.gssCode, Literal("S12000036")),
        CKG.gssCode,
    ),
    "authority-same-as-literal": (
        replace(AUTHORITY, OWL.sameAs, Literal("E06000019")),
        OWL.sameAs,
    ),
    "priority-contributes-to-action": (
        add(PRIORITY, CKG.contributesTo, ACTION),
        CKG.contributesTo,
    ),
    "priority-two-refs": (add(PRIORITY, CKG.ref, Literal("CSOB02")), CKG.ref),
    "risk-missing-ref": (drop(RISK, CKG.ref), CKG.ref),
    "risk-rating-string": (replace(RISK, CKG.rating, Literal("12- HIGH")), CKG.rating),
    "document-upper-case-digest": (
        replace(DOCUMENT, CKG.sha256, Literal("0123456789ABCDEF" * 4)),
        CKG.sha256,
    ),
    "plan-start-year-string": (replace(PLAN, CKG.startYear, Literal("2020")), CKG.startYear),
    "plan-missing-authority": (drop(PLAN, CKG.authority), CKG.authority),
    "plan-type-not-a-plan-type": (replace(PLAN, CKG.planType, CKG.Target), CKG.planType),
    "membership-undated": (drop(MEMBERSHIP, ORG.memberDuring), ORG.memberDuring),
    "membership-post-is-a-person": (replace(MEMBERSHIP, CKG.post, PERSON), CKG.post),
    "membership-two-people": (add(MEMBERSHIP, ORG.member, ID["person/alex-example-2"]), ORG.member),
    "post-held-by-post": (
        add(ID["authority/testshire/post/director-of-childrens-services"], ORG.heldBy, AUTHORITY),
        ORG.heldBy,
    ),
}


@pytest.mark.parametrize("variant", sorted(BROKEN_VARIANTS))
def test_broken_variant_is_rejected(shapes: Graph, ontology: Graph, variant: str) -> None:
    """Each malformed variant of the valid graph fails, and the report names the broken path."""
    mutate, path = BROKEN_VARIANTS[variant]
    data = build_valid_graph()
    mutate(data)
    conforms, results, text = run_shapes(data, shapes, ontology)
    assert not conforms, f"{variant} was accepted"
    assert failing_paths(results) == {path}, text
    messages = [str(message) for message in results.objects(None, SH.resultMessage)]
    assert messages, "the report carries no sh:resultMessage"
    assert all(messages), "every violation carries a readable message"


def test_outcome_without_scheme_is_rejected(shapes: Graph, ontology: Graph) -> None:
    """An outcome that belongs to no outcome framework violates the outcome shape."""
    data = build_valid_graph()
    outcome = BNode()
    data.add((outcome, RDF.type, CKG.Outcome))
    data.add((outcome, SKOS.prefLabel, Literal("A goal")))
    conforms, results, _text = run_shapes(data, shapes, ontology)
    assert not conforms
    assert failing_paths(results) == {SKOS.inScheme}


def test_interval_without_an_end_date_is_rejected(shapes: Graph, ontology: Graph) -> None:
    """A plan period (and so a membership's time) whose end has no xsd:date is rejected, saying so."""
    data = build_valid_graph()
    data.remove((ID["plan/testshire/directorate-plan-2020-21/period/end"], TIME.inXSDDate, None))
    conforms, results, _text = run_shapes(data, shapes, ontology)
    assert not conforms
    messages = {str(message) for message in results.objects(None, SH.resultMessage)}
    assert "An interval needs one time:hasEnd with one time:inXSDDate, an xsd:date." in messages
