"""The councilkg vocabulary as Python constants: the only module that spells IRIs.

Every term of the published contract (``shared/design/ONTOLOGY.md``) and every term the
project adds is declared here, in a :class:`rdflib.namespace.DefinedNamespace` with
``_fail = True`` so that a typo such as ``CKG.ownr`` raises instead of minting a new IRI.
The Turtle ontology (``councilkg.ttl``) declares the same terms; a test keeps the two equal.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

CKG_IRI = "https://w3id.org/councilkg#"
ID_IRI = "https://w3id.org/councilkg/id/"
ONS_GEOGRAPHY_IRI = "http://statistics.data.gov.uk/id/statistical-geography/"


class CKG(DefinedNamespace):
    """Classes, properties and named individuals of the councilkg vocabulary."""

    _fail = True
    _NS = Namespace(CKG_IRI)

    # Classes of the contract.
    Authority: URIRef
    Plan: URIRef
    Outcome: URIRef
    Priority: URIRef
    Action: URIRef
    Project: URIRef
    Indicator: URIRef
    Observation: URIRef
    Risk: URIRef
    Post: URIRef
    Person: URIRef
    OrganisationalUnit: URIRef
    Partner: URIRef
    AppraisalObjective: URIRef
    Theme: URIRef
    # Classes the project adds.
    Vision: URIRef  # the plan's vision statement, kept as a node so it has a source line
    SourceDocument: URIRef  # the text file a plan was extracted from
    OriginalDocument: URIRef  # the PDF, Word or HTML file a source document's text came from
    OutcomeFramework: URIRef  # a skos:ConceptScheme of outcomes (ECM, a Borough Plan)
    PlanType: URIRef
    MeasureType: URIRef
    BudgetLine: URIRef  # one row of a revenue budget table
    SavingProposal: URIRef  # one row of a savings table
    Contract: URIRef  # one row of a key-contracts table
    Amount: URIRef  # one money cell of a budget, saving or contract row

    # Named individuals.
    Outturn: URIRef
    Target: URIRef
    Comparator: URIRef
    ServicePlan: URIRef
    DirectoratePlan: URIRef
    ChildrenAndYoungPeoplesPlan: URIRef
    BoroughPlan: URIRef
    CorporatePlan: URIRef
    LocalAreaAgreement: URIRef
    CommunityStrategy: URIRef

    # Properties of the contract.
    gssCode: URIRef
    authority: URIRef
    planType: URIRef
    startYear: URIRef
    endYear: URIRef
    drawsOn: URIRef
    inPlan: URIRef
    ref: URIRef
    supports: URIRef
    contributesTo: URIRef
    measures: URIRef
    owner: URIRef
    accountable: URIRef
    leadManager: URIRef
    leadMember: URIRef
    partner: URIRef
    expectedResult: URIRef
    timescale: URIRef
    unit: URIRef
    comparatorGroup: URIRef
    due: URIRef
    indicator: URIRef
    measureType: URIRef
    period: URIRef
    value: URIRef
    rawValue: URIRef
    nationalCode: URIRef
    rating: URIRef
    targetRating: URIRef
    residualRating: URIRef
    sourceLine: URIRef

    # Properties the project adds.
    vision: URIRef  # Plan -> Vision
    responsible: URIRef  # sub-property of owner: responsible officer/division, contract director
    indicatorOwner: URIRef  # sub-property of owner
    riskOwner: URIRef  # sub-property of owner
    ownerText: URIRef  # the owner cell as printed, before it was split and resolved
    actionType: URIRef  # "Programme", "Project", "Improvement and Transformation Saving"
    indicatorType: URIRef  # "Priority KPIs: Pillar 3", "Workforce"
    mitigation: URIRef
    section: URIRef  # the heading an item is printed under
    relatedOutcome: URIRef  # Action -> Outcome when the plan names an outcome beside the priority
    deliversOutcome: URIRef  # Action -> Outcome stated directly under it (also stated as ckg:supports)
    statusAsPrinted: URIRef  # Action / Indicator -> its status, RAG or direction of travel cell as printed
    progressNote: URIRef  # Action / Indicator -> its progress, update or comments cell as printed
    extractionRule: URIRef  # item -> the generic engine's rule that read it ("table: one cell per line")
    confidence: URIRef  # item -> how far that reading is trusted, 0 to 1
    sourcePage: URIRef  # item -> the page of the original PDF it was printed on
    boundingBox: URIRef  # item -> "x0 top x1 bottom" in PDF points on that page
    amount: URIRef  # BudgetLine / SavingProposal / Contract -> Amount
    amountType: URIRef  # Amount -> the column it was printed in ("Total Net Expenditure")
    details: URIRef  # free-text details of a saving proposal
    supplier: URIRef  # Contract -> supplier name as printed
    endDate: URIRef  # Contract -> xsd:date or xsd:gYearMonth when the end date parses
    endDateText: URIRef  # Contract -> the end-date cell as printed
    sha256: URIRef  # SourceDocument -> hex digest of the file's bytes
    lineCount: URIRef  # SourceDocument -> number of lines
    fileName: URIRef  # SourceDocument -> the file's name
    extractedFrom: URIRef  # SourceDocument -> the OriginalDocument its text was extracted from
    pageCount: URIRef  # OriginalDocument -> number of pages of a PDF
    loader: URIRef  # Plan -> name of the loader that extracted it
    unnumbered: URIRef  # item -> true when the plan prints it without a reference
    likelihood: URIRef  # Risk -> integer score
    severity: URIRef  # Risk -> integer score
    residualLikelihood: URIRef  # Risk -> integer score after mitigation
    residualSeverity: URIRef  # Risk -> integer score after mitigation
    ratingLevel: URIRef  # Risk -> the printed level of its rating ("HIGH")
    listedOnly: URIRef  # Priority -> true when the plan lists it without a detail section
    lowerIsBetter: URIRef  # national indicator concept -> true when a low figure is good performance
    financialImplications: URIRef  # Priority -> text
    staffingImplications: URIRef  # Priority -> text
    riskImplications: URIRef  # Priority -> text
    year: URIRef  # Observation -> xsd:gYear for a value dated by calendar year (an APA grade)
    reviewDate: URIRef  # AppraisalObjective -> xsd:date when the objective is next reviewed

    # Themes, assigned to items by the rules in theme-rules.toml (build/theming.py).
    ThemeAssignment: URIRef  # why an item has a theme: the item, the theme and the words matched
    theme: URIRef  # Priority, Action or Indicator -> ckg:Theme
    themedItem: URIRef  # ThemeAssignment -> the item given the theme
    assignedTheme: URIRef  # ThemeAssignment -> ckg:Theme
    matchedText: URIRef  # ThemeAssignment -> words of the item's text that matched a rule
    # The indicator crosswalk (ontology/crosswalk.csv).
    IndicatorSet: URIRef  # a national indicator set (NI, BVPI, PAF) as a skos:ConceptScheme
    Mapping: URIRef  # one reviewed crosswalk row, kept as a node so its reason can be read
    mapsFrom: URIRef  # Mapping -> national concept or plan indicator (the CSV's from column)
    mapsTo: URIRef  # Mapping -> national concept or plan indicator (the CSV's to column)
    matchType: URIRef  # Mapping -> skos:exactMatch, skos:closeMatch or skos:relatedMatch
    basis: URIRef  # Mapping -> the reviewer's reason, a string
    # Dated ownership: who held a post when (org:Membership with org:memberDuring a time:Interval).
    Membership: URIRef  # a person's holding of a post as one plan states it, over the plan's period
    post: URIRef  # Membership -> the ckg:Post held
    # Per-plan analytics, computed from the store after each write (analysis/analytics.py) and kept in
    # the plan's hidden derived graph (ontology/graphs.py: derived_graph).
    PlanAnalytics: URIRef  # a plan's figures: prov:wasDerivedFrom the plan, prov:generatedAtTime
    GapCount: URIRef  # how many gaps of one kind a plan's threads have
    IndicatorSummary: URIRef  # one plan indicator under one national concept, with its values
    actionCount: URIRef  # PlanAnalytics -> actions and projects of the plan, an integer
    completeActionCount: URIRef  # PlanAnalytics -> those with an owner and a path to an outcome
    threadCompleteness: URIRef  # PlanAnalytics -> completeActionCount / actionCount, a decimal
    gapCount: URIRef  # PlanAnalytics -> GapCount
    gapKind: URIRef  # GapCount -> the kind of gap ("action-without-owner"), a string
    gapTotal: URIRef  # GapCount -> the number of gaps of that kind, an integer
    indicatorSummary: URIRef  # PlanAnalytics -> IndicatorSummary
    indicatorSummaryTable: URIRef  # PlanAnalytics -> every IndicatorSummary's values, one JSON text
    threadRows: URIRef  # PlanAnalytics -> the rows of the plan's golden-thread graph, compressed
    summarisedIndicator: URIRef  # IndicatorSummary -> the plan's ckg:Indicator
    nationalConcept: URIRef  # IndicatorSummary -> the national indicator concept (skos:Concept)
    conceptNotation: URIRef  # IndicatorSummary -> that concept's notation ("NI 65")
    summaryRef: URIRef  # IndicatorSummary -> the indicator's reference as printed
    summaryLabel: URIRef  # IndicatorSummary -> the indicator's label
    summaryLine: URIRef  # IndicatorSummary -> the indicator's source line
    observedValues: URIRef  # IndicatorSummary -> its outturns and targets by period, as text
    latestOutturn: URIRef  # IndicatorSummary -> the outturn of the latest period, as printed
    latestOutturnPeriod: URIRef  # IndicatorSummary -> that period ("2008/09")
    latestTarget: URIRef  # IndicatorSummary -> the target of the latest period, as printed
    latestTargetPeriod: URIRef  # IndicatorSummary -> that period


GENID_AUTHORITY = "https://w3id.org"
GENID_PATH = "/councilkg/.well-known/genid/"
"""Where skolem IRIs of the shipped Turtle's blank nodes live (RDF 1.1, section 3.5)."""

ID = Namespace(ID_IRI)
"""Instance data minted by the project: ``ID["authority/lambeth"]``."""

ONS_GEOGRAPHY = Namespace(ONS_GEOGRAPHY_IRI)
"""ONS statistical-geography IRIs, keyed by GSS code."""

PLAN_TYPES = (
    "ServicePlan",
    "DirectoratePlan",
    "ChildrenAndYoungPeoplesPlan",
    "BoroughPlan",
    "CorporatePlan",
    "LocalAreaAgreement",
    "CommunityStrategy",
)
"""Local names of the ckg:PlanType individuals."""

PREFIXES: dict[str, str] = {
    "ckg": CKG_IRI,
    "id": ID_IRI,
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "qb": "http://purl.org/linked-data/cube#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sh": "http://www.w3.org/ns/shacl#",
    "time": "http://www.w3.org/2006/time#",
}
"""Prefixes every query and serialisation may use without declaring them."""


class SD(DefinedNamespace):
    """The SPARQL 1.1 Service Description terms ``councilkg serve`` describes itself with."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/sparql-service-description#")

    Service: URIRef
    Dataset: URIRef
    Graph: URIRef
    NamedGraph: URIRef
    endpoint: URIRef
    supportedLanguage: URIRef
    SPARQL11Query: URIRef
    resultFormat: URIRef
    feature: URIRef
    UnionDefaultGraph: URIRef
    defaultDataset: URIRef
    defaultGraph: URIRef
    namedGraph: URIRef
    name: URIRef
    graph: URIRef


class SPDX(DefinedNamespace):
    """The SPDX terms DCAT uses for a file's checksum (``spdx:checksum``)."""

    _fail = True
    _NS = Namespace("http://spdx.org/rdf/terms#")

    Checksum: URIRef
    checksum: URIRef
    algorithm: URIRef
    checksumValue: URIRef
    checksumAlgorithm_sha256: URIRef


class SdmxDimension(DefinedNamespace):
    """The SDMX dimensions the release's RDF Data Cube uses: the area and the period an observation is of."""

    _fail = True
    _NS = Namespace("http://purl.org/linked-data/sdmx/2009/dimension#")

    refArea: URIRef
    refPeriod: URIRef


class SdmxMeasure(DefinedNamespace):
    """The SDMX measure of the release's RDF Data Cube: the observed value."""

    _fail = True
    _NS = Namespace("http://purl.org/linked-data/sdmx/2009/measure#")

    obsValue: URIRef


GOVERNMENT_YEAR = Namespace("http://reference.data.gov.uk/id/government-year/")
"""UK government (financial) years, 1 April to 31 March: ``GOVERNMENT_YEAR["2007-2008"]``, the
``sdmx-dimension:refPeriod`` official statistics of English councils use for a year such as 2007/08."""

CALENDAR_YEAR = Namespace("http://reference.data.gov.uk/id/year/")
"""UK reference calendar years: ``CALENDAR_YEAR["2008"]``, the period of a value dated by calendar year."""

FORMATS = Namespace("http://www.w3.org/ns/formats/")
"""W3C's IRIs of RDF and SPARQL result formats (``formats:Turtle``), for VoID and Service Descriptions."""

MEDIA_TYPES = Namespace("https://www.iana.org/assignments/media-types/")
"""IANA's media-type register: ``MEDIA_TYPES["text/turtle"]`` is the IRI DCAT wants for a media type."""

NOT_STATED = "not stated"
"""A release's ``dcterms:license`` of a plan that states no licence."""

RELEASE_PREFIXES: dict[str, str] = {
    **{name: iri for name, iri in PREFIXES.items() if name != "id"},
    "void": "http://rdfs.org/ns/void#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "sd": str(SD._NS),
    "spdx": str(SPDX._NS),
    "formats": str(FORMATS),
    "sdmx-dimension": str(SdmxDimension._NS),
    "sdmx-measure": str(SdmxMeasure._NS),
}
"""Prefixes of the files a release writes and of the Service Description. ``id:`` is left out: Turtle
would escape every ``/`` of an instance IRI's local name (``id:plan\\/lambeth\\/…``)."""
