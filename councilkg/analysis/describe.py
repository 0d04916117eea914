"""One item of the graph described for its page: what it is, what it links to and from, and where it was read.

:func:`describe_item` gathers, from the public graphs only (the store's default dataset; private
appraisal graphs are never read), everything ``councilkg serve`` shows on an item's page
(``/id/...``) or sends an RDF client: the item's label, kind, plan and council, every statement
with the item as subject or object (the other end labelled and typed), an indicator's
observations, and each source line it was read from, with the plan's text around the line when
the store keeps that text (:mod:`councilkg.store.sourcetext`).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from councilkg.analysis.indicators import Observation, indicator_observations
from councilkg.ontology.vocab import PREFIXES
from councilkg.queries import named_queries
from councilkg.store.base import Store
from councilkg.store.sourcetext import held_text_lines
from councilkg.store.terms import Term, local_name, term_int, term_text

_CKG = PREFIXES["ckg"]
_RDF_TYPE = PREFIXES["rdf"] + "type"
_LABELS = (PREFIXES["rdfs"] + "label", PREFIXES["skos"] + "prefLabel", PREFIXES["dcterms"] + "title")
CONTEXT_LINES = 3
"""Lines of the plan's text shown before and after an item's source line."""


@dataclass(frozen=True)
class Node:
    """The other end of a statement: an IRI (labelled, with its councilkg kind) or a literal value."""

    text: str
    """The literal's value, or the IRI's label (its local name when it has none)."""
    iri: str | None = None
    kind: str | None = None
    """The councilkg class of an IRI ("Action", "Person"), most specific first; ``None`` for others."""
    datatype: str | None = None
    """A literal's datatype IRI (``None`` for an IRI)."""


@dataclass(frozen=True)
class Statement:
    """A statement about the item: its property (IRI and label) and the node at its other end.

    ``incoming`` statements have the item as their object (``other ─property→ item``).
    """

    property: str
    property_label: str | None
    other: Node
    incoming: bool = False


@dataclass(frozen=True)
class SourceLine:
    """Where a plan printed the item: the plan, the line (and PDF page) of its source document, and
    the text around that line when the store keeps it."""

    plan: str
    plan_title: str | None
    line: int
    page: int | None
    file_name: str | None
    original: str | None
    """The file the text was extracted from (a PDF, Word or HTML plan), if any."""
    excerpt: tuple[tuple[int, str], ...] = ()
    """Numbered lines around :attr:`line`; empty when the store does not keep the plan's text."""

    @property
    def text_held(self) -> bool:
        """Return whether the store keeps the plan's text (so :attr:`excerpt` shows it)."""
        return bool(self.excerpt)


@dataclass(frozen=True)
class ItemDescription:
    """Everything the public graphs say about one IRI, ready for its page or an RDF answer."""

    iri: str
    label: str
    kind: str | None
    """The item's councilkg class ("Action"), or ``None`` when it has none."""
    ref: str | None
    plan: Node | None
    council: Node | None
    statements: tuple[Statement, ...]
    sources: tuple[SourceLine, ...]
    observations: tuple[Observation, ...]
    triples: tuple[ox.Triple, ...]
    """The statements as RDF triples, for a client asking for Turtle, N-Triples or JSON-LD."""

    @property
    def facts(self) -> tuple[Statement, ...]:
        """Return the statements giving the item a literal value (its label, reference, section...)."""
        return tuple(s for s in self.statements if not s.incoming and s.other.iri is None)

    @property
    def links_out(self) -> tuple[Statement, ...]:
        """Return the statements linking the item to another IRI (its kind left out)."""
        return tuple(
            s
            for s in self.statements
            if not s.incoming and s.other.iri is not None and s.property != _RDF_TYPE
        )

    @property
    def links_in(self) -> tuple[Statement, ...]:
        """Return the statements linking another IRI to the item."""
        return tuple(s for s in self.statements if s.incoming)


def describe_item(store: Store, iri: str, context_lines: int = CONTEXT_LINES) -> ItemDescription | None:
    """Return what the public graphs state about ``iri``, or ``None`` when they never mention it.

    Private appraisal graphs are not read: an IRI only they mention is unknown here, and their
    statements about a public item are left out.

    Args:
        store: the store to read.
        iri: any IRI (a plan item, a plan, an authority, a person, an outcome...).
        context_lines: lines of the plan's text to show either side of each source line.

    Example:
        >>> from councilkg.store.embedded import EmbeddedStore
        >>> with EmbeddedStore.open(":memory:") as empty:
        ...     describe_item(empty, "https://w3id.org/councilkg/id/person/nobody") is None
        True
    """
    node = ox.NamedNode(iri)
    rows = store.query(named_queries()["item-statements"].text, {"item": node}).rows
    if not rows:
        return None
    statements: list[Statement] = []
    triples: list[ox.Triple] = []
    for _item, subject, prop, obj, prop_label, other_label, other_class in rows:
        assert isinstance(subject, ox.NamedNode | ox.BlankNode) and isinstance(prop, ox.NamedNode)
        assert obj is not None
        incoming = subject != node
        other = subject if incoming else obj
        statements.append(
            Statement(prop.value, term_text(prop_label), _node(other, other_label, other_class), incoming)
        )
        triples.append(ox.Triple(subject, prop, obj))
    summary = store.query(named_queries()["item-by-iri"].text, {"item": node}).rows
    kind, ref, plan, council = _context(summary[0] if summary else None, statements)
    label = _label(iri, statements)
    observations = indicator_observations(store, iri) if kind == "Indicator" else ()
    return ItemDescription(
        iri,
        label,
        kind,
        ref,
        plan,
        council,
        tuple(statements),
        _sources(store, node, context_lines),
        observations,
        tuple(triples),
    )


def _node(term: Term, label: Term, cls: Term) -> Node:
    """Return a statement's other end as a :class:`Node`."""
    if isinstance(term, ox.Literal):
        return Node(term.value, datatype=term.datatype.value)
    assert term is not None
    text = term_text(label) or (
        local_name(term.value) if isinstance(term, ox.NamedNode) else "_:" + term.value
    )
    kind = local_name(cls.value) if cls is not None else None
    return Node(text, term.value if isinstance(term, ox.NamedNode) else None, kind)


def _label(iri: str, statements: list[Statement]) -> str:
    """Return the item's label: its ``rdfs:label``, ``skos:prefLabel`` or title, else a name made of
    what it is (an observation: "Target 2010/11"), else its IRI's local name."""
    for prop in _LABELS:
        for statement in statements:
            if statement.property == prop and not statement.incoming and statement.other.iri is None:
                return statement.other.text
    values = {s.property: s.other for s in statements if not s.incoming}
    measure, period = values.get(_CKG + "measureType"), values.get(_CKG + "period")
    if measure is not None:
        return " ".join(part for part in (measure.text, period.text if period else None) if part)
    return local_name(iri) or iri


def _context(
    row: tuple[Term, ...] | None, statements: list[Statement]
) -> tuple[str | None, str | None, Node | None, Node | None]:
    """Return the item's kind, reference, plan and council, from the ``item-by-iri`` row when the
    item has a label, else from its statements."""
    plan = council = None
    if row is not None:
        _item, type_, ref, _label_term, plan_iri, plan_title, council_label, _line, authority = row
        if plan_iri is not None:
            plan = Node(term_text(plan_title) or local_name(plan_iri.value), plan_iri.value, "Plan")
        if authority is not None:
            council = Node(
                term_text(council_label) or local_name(authority.value), authority.value, "Authority"
            )
        kind = term_text(type_)
    else:
        ref = None
        kinds = sorted(s.other.iri for s in statements if s.property == _RDF_TYPE and s.other.iri)
        kind = next((local_name(k) for k in kinds if k.startswith(_CKG)), None)
    for statement in statements:
        if statement.incoming or statement.other.iri is None:
            continue
        if plan is None and statement.property == _CKG + "inPlan":
            plan = statement.other
        if council is None and statement.property == _CKG + "authority":
            council = statement.other
    return kind, term_text(ref) if row is not None else None, plan, council


def _sources(store: Store, node: ox.NamedNode, context_lines: int) -> tuple[SourceLine, ...]:
    """Return each plan line the item was read from, with the text around it when the store keeps it."""
    rows = store.query(named_queries()["item-sources"].text, {"item": node}).rows
    texts: dict[tuple[str, str], list[str] | None] = {}
    found: list[SourceLine] = []
    for _item, plan, title, line_term, page, _source, file_name, sha256, original in rows:
        line = term_int(line_term)
        if plan is None or line is None:
            continue
        excerpt: tuple[tuple[int, str], ...] = ()
        name = term_text(file_name)
        if name is not None:
            key = (plan.value, name)
            if key not in texts:
                texts[key] = held_text_lines(store.location, plan.value, name, term_text(sha256))
            lines = texts[key]
            if lines is not None and 1 <= line <= len(lines):
                first, last = max(1, line - context_lines), min(len(lines), line + context_lines)
                excerpt = tuple((number, lines[number - 1]) for number in range(first, last + 1))
        found.append(
            SourceLine(plan.value, term_text(title), line, term_int(page), name, term_text(original), excerpt)
        )
    return tuple(found)
