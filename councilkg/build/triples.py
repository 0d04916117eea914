"""Turning an :class:`~councilkg.loaders.model.Extraction` into the triples of one plan's graph.

This is the only place loader records meet RDF. Every extracted item gets ``ckg:inPlan``,
``ckg:sourceLine`` and ``prov:wasDerivedFrom`` (the plan's source document), so any answer
can be checked against the line of the plan it came from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

from councilkg.build.theming import add_theme_triples
from councilkg.documents.document import Document
from councilkg.loaders.model import (
    Action,
    Amount,
    Extraction,
    Indicator,
    OutcomeLink,
    Owner,
    OwnerKind,
    Priority,
    Reading,
    Risk,
)
from councilkg.ontology.mint import (
    authority_iri,
    child_iri,
    framework_iri,
    item_iri,
    national_indicator_iri,
    national_set_iri,
    outcome_iri,
    partner_iri,
    person_iri,
    plan_iri,
    post_iri,
    unit_iri,
)
from councilkg.ontology.vocab import CKG, ONS_GEOGRAPHY, PREFIXES
from councilkg.text import slugify

_OWNER_CLASS = {
    OwnerKind.PERSON: CKG.Person,
    OwnerKind.POST: CKG.Post,
    OwnerKind.UNIT: CKG.OrganisationalUnit,
    OwnerKind.PARTNER: CKG.Partner,
}


@dataclass(frozen=True)
class PlanTriples:
    """The triples of one plan: its own named graph, and what it adds to the shared reference graph.

    ``shared`` holds what is true of an entity whichever plan names it (a person's name, a post's
    title and unit, a framework's concepts, a cited plan); ``plan`` holds what this plan states,
    including where it names those entities (``ckg:sourceLine``) and who held a post then.
    """

    plan: Graph
    shared: Graph


def plan_graph_iri(extraction: Extraction) -> URIRef:
    """Return the IRI of the plan an extraction describes (also its named graph)."""
    return plan_iri(extraction.plan.authority, extraction.plan.slug)


def extraction_to_graph(extraction: Extraction, document: Document) -> PlanTriples:
    """Return the triples of one plan's named graph and its contribution to the reference graph.

    Args:
        extraction: what a loader extracted.
        document: the source the extraction came from (for ``prov:wasDerivedFrom``).

    Returns:
        The plan's graph (identified by the plan's IRI) and its shared triples.
    """
    return _GraphWriter(extraction, document).write()


def due_literal(due: date | tuple[int, int]) -> Literal:
    """Return an ``xsd:date`` for a date, an ``xsd:gYearMonth`` for a ``(year, month)``.

    Example:
        >>> due_literal((2008, 3))
        rdflib.term.Literal('2008-03', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gYearMonth'))
    """
    if isinstance(due, tuple):
        return Literal(f"{due[0]:04d}-{due[1]:02d}", datatype=XSD.gYearMonth)
    return Literal(due.isoformat(), datatype=XSD.date)


def plan_period(start_year: int, end_year: int) -> tuple[date, date]:
    """Return the first and last day of a plan's period: 1 April of its first year to 31 March of its
    last, the financial years English councils plan by (a plan of one year, start and end the same,
    runs to 31 March of the next).

    Example:
        >>> plan_period(2007, 2010)
        (datetime.date(2007, 4, 1), datetime.date(2010, 3, 31))
        >>> plan_period(2020, 2020)
        (datetime.date(2020, 4, 1), datetime.date(2021, 3, 31))
    """
    return date(start_year, 4, 1), date(max(end_year, start_year + 1), 3, 31)


class _GraphWriter:
    def __init__(self, extraction: Extraction, document: Document) -> None:
        self.extraction = extraction
        self.authority = extraction.plan.authority
        self.plan = plan_graph_iri(extraction)
        self.source = URIRef(f"{self.plan}/source")
        self.graph = Graph(identifier=self.plan)
        self.shared = Graph()
        for prefix, namespace in PREFIXES.items():
            self.graph.bind(prefix, namespace)
        self.document = document
        self.minted: set[URIRef] = set()
        self.period = URIRef(f"{self.plan}/period")

    def add(self, subject: URIRef, predicate: URIRef, value: object) -> None:
        """State a triple in the plan's graph (nothing for an empty value)."""
        self._add(self.graph, subject, predicate, value)

    def share(self, subject: URIRef, predicate: URIRef, value: object) -> None:
        """State a triple in the shared reference graph (nothing for an empty value)."""
        self._add(self.shared, subject, predicate, value)

    @staticmethod
    def _add(graph: Graph, subject: URIRef, predicate: URIRef, value: object) -> None:
        if value is None or value == "":
            return
        term = value if isinstance(value, URIRef | Literal) else Literal(value)
        graph.add((subject, predicate, term))

    def write(self) -> PlanTriples:
        self._plan()
        self._organisation()
        self._outcomes()
        for priority in self.extraction.priorities:
            self._priority(priority)
        for action in self.extraction.actions:
            self._action(action)
        for indicator in self.extraction.indicators:
            self._indicator(indicator)
        for risk in self.extraction.risks:
            self._risk(risk)
        self._finance()
        add_theme_triples(self.graph)
        return PlanTriples(self.graph, self.shared)

    # -- shared shapes -----------------------------------------------------------------------

    def _item(self, kind: str, key: str, cls: URIRef, label: str | None, line: int) -> URIRef:
        """Mint, type and anchor an extracted item; a second item with the same key gets its line."""
        iri = item_iri(self.plan, kind, key)
        if iri in self.minted:
            iri = item_iri(self.plan, kind, f"{key}-line-{line}")
        self.minted.add(iri)
        self._anchor(iri, cls, line)
        self.add(iri, RDFS.label, label)
        return iri

    def _anchor(self, iri: URIRef, cls: URIRef, line: int) -> None:
        self.add(iri, RDF.type, cls)
        self.add(iri, CKG.inPlan, self.plan)
        self.add(iri, CKG.sourceLine, Literal(line))
        self.add(iri, PROV.wasDerivedFrom, self.source)

    def _reading(self, item: URIRef, reading: Reading | None) -> None:
        """State how the reading engine read an item: its rule, confidence, page and bounding box."""
        if reading is None:
            return
        self.add(item, CKG.extractionRule, reading.rule)
        self.add(item, CKG.confidence, _decimal(Decimal(str(reading.confidence))))
        if reading.page is not None:
            self.add(item, CKG.sourcePage, Literal(reading.page))
        if reading.bbox is not None:
            self.add(item, CKG.boundingBox, " ".join(f"{value:g}" for value in reading.bbox))

    def _owners(self, item: URIRef, owners: Iterable[Owner]) -> None:
        for owner in owners:
            iri = self._agent(owner.name, owner.kind)
            self.add(item, CKG.owner, iri)
            self.add(item, getattr(CKG, owner.role.value), iri)
            self.add(item, CKG.ownerText, owner.text)

    def _agent(self, name: str, kind: OwnerKind) -> URIRef:
        """Return the IRI of a person, post, unit or partner, typed and labelled."""
        if kind is OwnerKind.PERSON:
            iri = person_iri(name)
        elif kind is OwnerKind.POST:
            iri = post_iri(self.authority, name)
        elif kind is OwnerKind.PARTNER:
            iri = partner_iri(self.authority, name)
        else:
            iri = unit_iri(self.authority, name)
        self.share(iri, RDF.type, _OWNER_CLASS[kind])
        self.share(iri, RDFS.label, name)
        return iri

    def _outcome_link(self, link: OutcomeLink) -> URIRef:
        return outcome_iri(link.scheme, link.key)

    def _amount(self, parent: URIRef, amount: Amount) -> None:
        iri = child_iri(parent, "amount", amount.amount_type)
        self._anchor(iri, CKG.Amount, amount.source_line)
        self.add(parent, CKG.amount, iri)
        self.add(iri, CKG.amountType, amount.amount_type)
        self.add(iri, CKG.rawValue, amount.raw_value)
        self.add(iri, CKG.period, amount.period)
        if amount.value is not None:
            self.add(iri, CKG.value, _decimal(amount.value))
            self.add(iri, CKG.unit, amount.unit)

    # -- plan and organisation -----------------------------------------------------------------

    def _authority(self, slug: str, label: str, gss: str | None) -> None:
        """Describe an authority the user introduced (``load --council``), as the shipped ones are."""
        authority = authority_iri(slug)
        self.share(authority, RDF.type, CKG.Authority)
        self.share(authority, RDF.type, ORG.FormalOrganization)
        self.share(authority, RDFS.label, label)
        if gss:
            self.share(authority, CKG.gssCode, gss)
            self.share(authority, OWL.sameAs, ONS_GEOGRAPHY[gss])

    def _plan(self) -> None:
        info = self.extraction.plan
        plan = self.plan
        self.add(plan, RDF.type, CKG.Plan)
        self.add(plan, RDFS.label, info.title)
        self.add(plan, DCTERMS.title, info.title)
        self.add(plan, CKG.authority, authority_iri(info.authority))
        if info.authority_label:
            self._authority(info.authority, info.authority_label, info.gss)
        self.add(plan, CKG.planType, getattr(CKG, info.plan_type))
        self.add(plan, CKG.startYear, Literal(str(info.start_year), datatype=XSD.gYear))
        self.add(plan, CKG.endYear, Literal(str(info.end_year), datatype=XSD.gYear))
        self.add(plan, CKG.sourceLine, Literal(info.source_line))
        self.add(plan, PROV.wasDerivedFrom, self.source)
        self.add(plan, CKG.loader, self.extraction.loader)
        self._period()
        for cited in info.draws_on:
            cited_iri = plan_iri(info.authority, cited.slug)
            self.add(plan, CKG.drawsOn, cited_iri)
            self.share(cited_iri, RDF.type, CKG.Plan)
            self.share(cited_iri, RDFS.label, cited.label)
            self.share(cited_iri, CKG.authority, authority_iri(info.authority))
            self.share(cited_iri, CKG.planType, getattr(CKG, cited.plan_type))
        source = self.source
        self.add(source, RDF.type, CKG.SourceDocument)
        self.add(source, RDFS.label, self.document.text_name)
        self.add(source, CKG.fileName, self.document.text_name)
        self.add(source, CKG.sha256, self.document.sha256)
        self.add(source, CKG.lineCount, Literal(len(self.document.lines)))
        original = self.document.original
        if original is not None:
            node = URIRef(f"{self.plan}/source/original")
            self.add(source, CKG.extractedFrom, node)
            self.add(node, RDF.type, CKG.OriginalDocument)
            self.add(node, RDFS.label, original.name)
            self.add(node, CKG.fileName, original.name)
            self.add(node, CKG.sha256, original.sha256)
            self.add(node, DCTERMS["format"], original.media_type)
            if original.pages is not None:
                self.add(node, CKG.pageCount, Literal(original.pages))
        vision = self.extraction.vision
        if vision:
            node = self._item("vision", "statement", CKG.Vision, vision.text, vision.source_line)
            self.add(plan, CKG.vision, node)

    def _period(self) -> None:
        """State the plan's period (``dcterms:temporal``): a ``time:Interval`` of two dated instants."""
        begins, ends = plan_period(self.extraction.plan.start_year, self.extraction.plan.end_year)
        period = self.period
        self.add(self.plan, DCTERMS.temporal, period)
        self.add(period, RDF.type, TIME.Interval)
        self.add(period, RDF.type, DCTERMS.PeriodOfTime)
        self.add(period, RDFS.label, f"{begins.isoformat()} to {ends.isoformat()}")
        for edge, day in ((TIME.hasBeginning, begins), (TIME.hasEnd, ends)):
            instant = URIRef(f"{period}/{'beginning' if edge == TIME.hasBeginning else 'end'}")
            self.add(period, edge, instant)
            self.add(instant, RDF.type, TIME.Instant)
            self.add(instant, TIME.inXSDDate, Literal(day.isoformat(), datatype=XSD.date))

    def _membership(self, post: URIRef, title: str, holder: str, line: int) -> None:
        """State that ``holder`` held the post during the plan's period: an ``org:Membership``."""
        iri = child_iri(self.plan, "membership", title, holder)
        if iri in self.minted:
            return
        self.minted.add(iri)
        self._anchor(iri, CKG.Membership, line)
        self.add(iri, RDF.type, ORG.Membership)
        self.add(iri, RDFS.label, f"{holder}, {title}")
        self.add(iri, ORG.member, person_iri(holder))
        self.add(iri, ORG.organization, authority_iri(self.authority))
        self.add(iri, CKG.post, post)
        self.add(iri, ORG.memberDuring, self.period)

    def _organisation(self) -> None:
        for name, line in self.extraction.people.items():
            iri = self._agent(name, OwnerKind.PERSON)
            self.share(iri, FOAF.name, name)
            self.add(iri, CKG.sourceLine, Literal(line))
            self.add(iri, PROV.wasDerivedFrom, self.source)
        for unit in self.extraction.units:
            iri = self._agent(unit.name, OwnerKind.UNIT)
            self.add(iri, CKG.sourceLine, Literal(unit.source_line))
            self.add(iri, PROV.wasDerivedFrom, self.source)
            self.add(iri, DCTERMS.description, unit.description)
            if unit.parent:
                self.share(iri, ORG.subOrganizationOf, unit_iri(self.authority, unit.parent))
        for partner in self.extraction.partners:
            iri = self._agent(partner.name, OwnerKind.PARTNER)
            self.add(self.plan, CKG.partner, iri)
            self.add(iri, CKG.sourceLine, Literal(partner.source_line))
            self.add(iri, PROV.wasDerivedFrom, self.source)
            self.add(iri, DCTERMS.description, partner.description)
        for post in self.extraction.posts:
            iri = self._agent(post.title, OwnerKind.POST)
            self.add(iri, CKG.sourceLine, Literal(post.source_line))
            self.add(iri, PROV.wasDerivedFrom, self.source)
            if post.unit:
                self.share(iri, ORG.postIn, unit_iri(self.authority, post.unit))
            if post.holder:
                self.add(iri, ORG.heldBy, person_iri(post.holder))
                self._membership(iri, post.title, post.holder, post.source_line)
            self.add(iri, DCTERMS.description, post.description)

    def _outcomes(self) -> None:
        schemes: set[str] = set()
        for outcome in self.extraction.outcomes:
            scheme = framework_iri(outcome.scheme)
            if outcome.scheme not in schemes:
                schemes.add(outcome.scheme)
                self.share(scheme, RDF.type, CKG.OutcomeFramework)
                self.share(scheme, RDF.type, SKOS.ConceptScheme)
                self.share(scheme, RDFS.label, outcome.scheme_label)
                self.share(scheme, SKOS.prefLabel, outcome.scheme_label)
            iri = outcome_iri(outcome.scheme, outcome.key)
            self.share(iri, RDF.type, CKG.Outcome)
            self.share(iri, RDF.type, SKOS.Concept)
            self.share(iri, RDFS.label, outcome.label)
            self.share(iri, SKOS.prefLabel, outcome.label)
            self.share(iri, SKOS.notation, outcome.notation)
            self.share(iri, SKOS.inScheme, scheme)
            self.add(iri, CKG.sourceLine, Literal(outcome.source_line))
            self.add(iri, DCTERMS.description, outcome.description)
            self.add(iri, PROV.wasDerivedFrom, self.source)
            self._reading(iri, outcome.reading)
            for link in outcome.matches:
                self.share(iri, SKOS.exactMatch, self._outcome_link(link))
            if outcome.broader:
                self.share(iri, SKOS.broader, outcome_iri(outcome.scheme, outcome.broader))
            else:
                self.share(iri, SKOS.topConceptOf, scheme)
                self.share(scheme, SKOS.hasTopConcept, iri)

    # -- plan items --------------------------------------------------------------------------

    def _priority(self, priority: Priority) -> None:
        iri = self._item("priority", priority.key, CKG.Priority, priority.label, priority.source_line)
        self.add(iri, CKG.ref, priority.ref)
        self.add(iri, CKG.section, priority.section)
        for link in priority.contributes_to:
            self.add(iri, CKG.contributesTo, self._outcome_link(link))
        if priority.parent:
            self.add(iri, CKG.contributesTo, item_iri(self.plan, "priority", priority.parent))
        self.add(iri, DCTERMS.description, priority.description)
        for result in priority.expected_results:
            self.add(iri, CKG.expectedResult, result)
        for name in priority.partners:
            self.add(iri, CKG.partner, self._agent(name, OwnerKind.PARTNER))
        if priority.listed_only:
            self.add(iri, CKG.listedOnly, Literal(True))
        self.add(iri, CKG.financialImplications, priority.financial_implications)
        self.add(iri, CKG.staffingImplications, priority.staffing_implications)
        self.add(iri, CKG.riskImplications, priority.risk_implications)
        self._owners(iri, priority.owners)
        self._reading(iri, priority.reading)

    def _action(self, action: Action) -> None:
        iri = self._item("action", action.key, CKG.Action, action.label, action.source_line)
        if action.is_project:
            self.add(iri, RDF.type, CKG.Project)
        self.add(iri, CKG.ref, action.ref)
        if action.ref is None:
            self.add(iri, CKG.unnumbered, Literal(True))
        self.add(iri, CKG.actionType, action.action_type)
        self.add(iri, CKG.section, action.section)
        self.add(iri, CKG.timescale, action.timescale)
        if action.due is not None:
            self.add(iri, CKG.due, due_literal(action.due))
        for key in action.supports:
            self.add(iri, CKG.supports, item_iri(self.plan, "priority", key))
        for link in action.related_outcomes:
            self.add(iri, CKG.relatedOutcome, self._outcome_link(link))
        for link in action.delivers:  # no priority between: the outcome is the next step of the thread
            outcome = self._outcome_link(link)
            self.add(iri, CKG.deliversOutcome, outcome)
            self.add(iri, CKG.supports, outcome)
        for name in action.partners:
            self.add(iri, CKG.partner, self._agent(name, OwnerKind.PARTNER))
        for result in action.expected_results:
            self.add(iri, CKG.expectedResult, result)
        self.add(iri, DCTERMS.description, action.description)
        self.add(iri, CKG.statusAsPrinted, action.status)
        self.add(iri, CKG.progressNote, action.progress)
        self._owners(iri, action.owners)
        self._reading(iri, action.reading)

    def _indicator(self, indicator: Indicator) -> None:
        iri = self._item("indicator", indicator.key, CKG.Indicator, indicator.label, indicator.source_line)
        self.add(iri, CKG.ref, indicator.ref)
        self.add(iri, CKG.indicatorType, indicator.indicator_type)
        self.add(iri, CKG.section, indicator.section)
        for indicator_set, code in indicator.national_codes:
            concept = national_indicator_iri(indicator_set, code)
            self.add(iri, CKG.nationalCode, concept)
            self.share(concept, RDF.type, SKOS.Concept)
            self.share(concept, SKOS.notation, f"{indicator_set.upper()} {code.upper()}")
            self.share(concept, SKOS.inScheme, national_set_iri(indicator_set))
        for key in indicator.measures:
            self.add(iri, CKG.measures, item_iri(self.plan, "priority", key))
        for link in indicator.measures_outcomes:
            self.add(iri, CKG.measures, self._outcome_link(link))
        for name in indicator.partners:
            self.add(iri, CKG.partner, self._agent(name, OwnerKind.PARTNER))
        self.add(iri, CKG.statusAsPrinted, indicator.status)
        self.add(iri, CKG.progressNote, indicator.progress)
        self._owners(iri, indicator.owners)
        self._reading(iri, indicator.reading)
        for observation in indicator.observations:
            dated = observation.period or (str(observation.year) if observation.year else "undated")
            parts = [observation.measure_type.value, dated]
            if observation.comparator_group:
                parts.append(observation.comparator_group)
            node = child_iri(iri, *parts)
            self._anchor(node, CKG.Observation, observation.source_line)
            self.add(node, CKG.indicator, iri)
            self.add(node, CKG.measureType, getattr(CKG, observation.measure_type.value))
            self.add(node, CKG.rawValue, observation.raw_value)
            self.add(node, CKG.period, observation.period)
            if observation.year is not None:
                self.add(node, CKG.year, Literal(str(observation.year), datatype=XSD.gYear))
            self.add(node, CKG.comparatorGroup, observation.comparator_group)
            if observation.value is not None:
                self.add(node, CKG.value, _decimal(observation.value))
                self.add(node, CKG.unit, observation.unit)

    def _risk(self, risk: Risk) -> None:
        iri = self._item("risk", risk.ref.lower(), CKG.Risk, risk.label, risk.source_line)
        self.add(iri, CKG.ref, risk.ref)
        for predicate, rating in (
            (CKG.rating, risk.rating),
            (CKG.targetRating, risk.target_rating),
            (CKG.residualRating, risk.residual_rating),
            (CKG.likelihood, risk.likelihood),
            (CKG.severity, risk.severity),
            (CKG.residualLikelihood, risk.residual_likelihood),
            (CKG.residualSeverity, risk.residual_severity),
        ):
            if rating is not None:
                self.add(iri, predicate, Literal(rating))
        self.add(iri, CKG.ratingLevel, risk.rating_level)
        self.add(iri, DCTERMS.description, risk.description)
        self.add(iri, CKG.mitigation, risk.mitigation)
        self._owners(iri, risk.owners)
        self._reading(iri, risk.reading)

    def _finance(self) -> None:
        for line in self.extraction.budget_lines:
            key = "-".join(filter(None, [line.label, line.period]))
            iri = self._item("budget", slugify(key), CKG.BudgetLine, line.label, line.source_line)
            self.add(iri, CKG.period, line.period)
            for amount in line.amounts:
                self._amount(iri, amount)
        for saving in self.extraction.savings:
            iri = self._item(
                "saving",
                slugify(saving.ref or saving.label),
                CKG.SavingProposal,
                saving.label,
                saving.source_line,
            )
            self.add(iri, CKG.ref, saving.ref)
            self.add(iri, CKG.details, saving.details)
            for amount in saving.amounts:
                self._amount(iri, amount)
        for contract in self.extraction.contracts:
            iri = self._item(
                "contract", slugify(contract.label), CKG.Contract, contract.label, contract.source_line
            )
            self.add(iri, CKG.supplier, contract.supplier)
            if contract.annual_value:
                self._amount(iri, contract.annual_value)
            self.add(iri, CKG.endDateText, contract.end_date_text)
            if contract.end_date is not None:
                self.add(iri, CKG.endDate, due_literal(contract.end_date))
            self._owners(iri, contract.owners)


def _decimal(value: Decimal) -> Literal:
    """Return an ``xsd:decimal`` in plain notation (never ``1E+3``), so exports are stable."""
    return Literal(format(value, "f"), datatype=XSD.decimal)
