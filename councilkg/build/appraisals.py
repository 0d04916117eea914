"""Appraisal objectives: a planner's CSV resolved against the plans and kept in private graphs.

Each row of the CSV (see :mod:`councilkg.loaders.appraisal_csv`) becomes a
``ckg:AppraisalObjective`` that ``ckg:supports`` an action, project or priority of a loaded plan,
the first link of the golden thread. Objectives are personal data, so they live in one private
named graph per authority, ``id:graph/appraisals/<authority>``, which queries and exports see
only when asked (``include_private=True``).

Every row is resolved and every triple built before anything is written; then each authority's
private graph is replaced whole. A CSV is therefore the authority's full set of objectives:
loading it again gives the same graph, and an objective left out of the new CSV is gone.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDF, RDFS, XSD
from rdflib.term import Node

from councilkg.errors import AppraisalError, NoAppraisalsError, first_line
from councilkg.loaders.appraisal_csv import AppraisalFile, AppraisalRow, read_appraisal_file
from councilkg.ontology.graphs import PRIVATE_GRAPH_PREFIX, appraisal_graph_iri
from councilkg.ontology.mint import authority_iri, person_iri, post_iri
from councilkg.ontology.vocab import CKG, ID, PREFIXES
from councilkg.queries import expand_iri, named_queries
from councilkg.store.base import Store
from councilkg.store.terms import term_text
from councilkg.text import slugify

_AUTHORITY_PREFIX = str(ID["authority/"])


@dataclass(frozen=True)
class SupportedItem:
    """An action, project or priority an objective supports, with the plan and authority stating it."""

    iri: URIRef
    kind: str
    ref: str | None
    label: str | None
    plan: URIRef
    plan_title: str | None
    authority: str


@dataclass(frozen=True)
class AppraisalLoad:
    """What loading a CSV wrote for one authority: its private graph and what that graph holds."""

    authority: str
    graph: URIRef
    objectives: int
    people: int
    triples: int
    file: str


@dataclass(frozen=True)
class AppraisalGraph:
    """One loaded private appraisal graph, for listing.

    ``unresolved`` counts objectives whose supported item no loaded plan states any more (the
    plan was rebuilt without it, or removed): reload the CSV to see which.
    """

    authority: str
    graph: URIRef
    objectives: int
    people: int
    file: str | None
    unresolved: int


@dataclass
class _AuthorityGraph:
    graph: Graph
    per_person: Counter[str] = field(default_factory=Counter)


def objective_iri(authority: str, person: str, number: int) -> URIRef:
    """Return ``id:authority/<authority>/appraisal/<person slug>/<n>``, the person's ``n``-th objective.

    Example:
        >>> str(objective_iri("lambeth", "Sam Example", 2))
        'https://w3id.org/councilkg/id/authority/lambeth/appraisal/sam-example/2'
    """
    return ID[f"authority/{authority}/appraisal/{slugify(person)}/{number}"]


def appraisal_source_iri(authority: str) -> URIRef:
    """Return ``id:authority/<authority>/appraisal/source``, the CSV an authority's objectives came from."""
    return ID[f"authority/{authority}/appraisal/source"]


def authority_slug(authority: URIRef | str) -> str:
    """Return the slug of an authority IRI (``id:authority/lambeth`` gives ``lambeth``)."""
    return str(authority).removeprefix(_AUTHORITY_PREFIX)


def load_appraisals(store: Store, path: str | Path, plan: str | None = None) -> list[AppraisalLoad]:
    """Load an appraisal CSV into the private graphs of the authorities whose plans it supports.

    Args:
        store: an open, writable store holding the plans the objectives support.
        path: the CSV (columns ``person, post, objective, supports, review_date``).
        plan: resolve references only within this plan (an IRI, ``<IRI>`` or ``id:plan/...``),
            for a reference that more than one loaded plan prints.

    Returns:
        One :class:`AppraisalLoad` per authority written, sorted by authority.

    Raises:
        AppraisalError: the CSV cannot be read, a row is malformed, a ``supports`` cell names no
            loaded action or priority (or more than one), or ``plan`` is not a loaded plan;
            nothing is written.
        StoreError: the store is read-only or the write failed.
    """
    appraisal_file = read_appraisal_file(path)
    graphs = build_appraisal_graphs(store, appraisal_file, str(path), plan)
    # Every authority's graph in one transaction: a CSV is loaded whole or not at all.
    store.replace_private_graphs([graphs[authority] for authority in sorted(graphs)])
    loads = [
        AppraisalLoad(
            authority=authority,
            graph=appraisal_graph_iri(authority),
            objectives=len(set(graph.subjects(RDF.type, CKG.AppraisalObjective))),
            people=len(set(graph.objects(None, CKG.owner))),
            triples=len(graph),
            file=appraisal_file.name,
        )
        for authority, graph in sorted(graphs.items())
    ]
    return loads


def build_appraisal_graphs(
    store: Store, appraisal_file: AppraisalFile, file: str, plan: str | None = None
) -> dict[str, Graph]:
    """Return each authority's private graph for an appraisal file, resolved but not written.

    Args:
        store: the store whose public graphs the ``supports`` cells are resolved against.
        appraisal_file: the CSV as read.
        file: the file name errors report.
        plan: the plan to resolve references in (see :func:`load_appraisals`).

    Returns:
        The graphs keyed by authority slug.

    Raises:
        AppraisalError: a row cannot be resolved.
    """
    return _Builder(store, appraisal_file, file, plan).build()


def resolve_supports(store: Store, text: str, plan: str | None = None) -> list[SupportedItem]:
    """Return every action, project or priority a ``supports`` cell may mean, sorted by plan and IRI.

    Args:
        store: the store to look in (public graphs only).
        text: a printed reference (``CSKA12``, ``cska 12``) or an IRI (``<...>``, ``https://...``,
            ``id:...``).
        plan: keep only items of the plan with this IRI (written out in full).

    Returns:
        The matching items (none, one, or several when the reference is ambiguous).

    Raises:
        ValueError: ``text`` looks like an IRI but is not a valid one.
    """
    iri = _iri(text)
    if iri is not None:
        rows = _select(store, "appraisal-target", {"item": ox.NamedNode(str(iri))})
    else:
        rows = _select(store, "appraisal-targets", {"key": ox.Literal(text)})
    items = sorted({_supported(row) for row in rows}, key=lambda item: (str(item.plan), str(item.iri)))
    if plan is not None:
        items = [item for item in items if str(item.plan) == plan]
    return items


def appraisal_graphs(store: Store) -> list[AppraisalGraph]:
    """Return the private appraisal graphs loaded in ``store``, sorted by authority."""
    graphs: list[AppraisalGraph] = []
    for row in _select(store, "appraisal-graphs", {}, include_private=True):
        graph = str(row["graph"])
        graphs.append(
            AppraisalGraph(
                authority=graph.removeprefix(PRIVATE_GRAPH_PREFIX),
                graph=URIRef(graph),
                objectives=int(row["objectives"] or 0),
                people=int(row["people"] or 0),
                file=row["file"],
                unresolved=int(row["unresolved"] or 0),
            )
        )
    return sorted(graphs, key=lambda graph: graph.authority)


def remove_appraisals(store: Store, authority: str) -> AppraisalGraph:
    """Drop an authority's private appraisal graph.

    Args:
        store: an open, writable store.
        authority: the authority's slug, e.g. ``lambeth`` (case and surrounding spaces ignored).

    Returns:
        What the graph held before it was dropped.

    Raises:
        NoAppraisalsError: no appraisal objectives are loaded for that authority.
    """
    slug = authority.strip().lower()
    loaded = {graph.authority: graph for graph in appraisal_graphs(store)}
    if slug not in loaded:
        names = ", ".join(loaded) or "none"
        raise NoAppraisalsError(
            f"no appraisal objectives loaded for authority {authority!r} (loaded: {names})"
        )
    store.replace_private_graph(Graph(identifier=appraisal_graph_iri(slug)))
    return loaded[slug]


class _Builder:
    """Resolves every row of one appraisal file and builds the authorities' graphs."""

    def __init__(self, store: Store, appraisal_file: AppraisalFile, file: str, plan: str | None) -> None:
        self.store = store
        self.appraisal_file = appraisal_file
        self.file = file
        self.plan = self._plan(plan)
        self.graphs: dict[str, _AuthorityGraph] = {}
        self.resolved: dict[str, list[SupportedItem]] = {}
        self.posts: dict[tuple[str, str], tuple[URIRef, bool]] = {}
        self.stated: dict[tuple[Node, Node, Node], bool] = {}

    def build(self) -> dict[str, Graph]:
        seen: dict[tuple[URIRef, str, URIRef], int] = {}
        for row in self.appraisal_file.rows:
            item = self._resolve(row)
            person = person_iri(row.person)
            key = (person, row.objective.casefold(), item.iri)
            if key in seen:
                raise AppraisalError(
                    self.file,
                    f"same person, objective and supported item as line {seen[key]}",
                    line=row.line,
                    hint="delete one of the two rows",
                )
            seen[key] = row.line
            self._objective(row, item)
        return {authority: built.graph for authority, built in self.graphs.items()}

    # -- resolving ---------------------------------------------------------------------------

    def _plan(self, plan: str | None) -> str | None:
        if plan is None:
            return None
        try:
            iri = _iri(plan.strip())
        except ValueError:
            iri = None
        loaded = {str(row["plan"]) for row in _select(self.store, "plans", {})}
        if iri is None or str(iri) not in loaded:
            raise AppraisalError(
                self.file,
                f"--plan {plan} is not a loaded plan",
                hint=f"give one of: {', '.join(sorted(loaded)) or 'none; build the plans first'}",
            )
        return str(iri)

    def _resolve(self, row: AppraisalRow) -> SupportedItem:
        text = row.supports
        if text not in self.resolved:
            try:
                self.resolved[text] = resolve_supports(self.store, text, self.plan)
            except ValueError as error:
                raise AppraisalError(
                    self.file,
                    f"supports {text!r} is not a valid IRI",
                    line=row.line,
                    hint=first_line(str(error)),
                ) from error
        items = self.resolved[text]
        if len(items) == 1:
            return items[0]
        if not items:
            raise self._unknown(row)
        plans = sorted({item.plan for item in items})
        if len(plans) > 1:
            named = ", ".join(_plan_name(item) for item in _one_per_plan(items))
            raise AppraisalError(
                self.file,
                f"ref {text!r} is in {len(plans)} plans: {named}",
                line=row.line,
                hint="give --plan with one of them, or the item's IRI",
            )
        named = ", ".join(str(item.iri) for item in items)
        raise AppraisalError(
            self.file,
            f"ref {text!r} names {len(items)} items of plan <{plans[0]}>: {named}",
            line=row.line,
            hint="give the item's IRI instead",
        )

    def _unknown(self, row: AppraisalRow) -> AppraisalError:
        text = row.supports
        if _iri(text) is not None:
            elsewhere = resolve_supports(self.store, text) if self.plan else []
            if elsewhere:
                return AppraisalError(
                    self.file,
                    f"{text} is in plan <{elsewhere[0].plan}>, not in --plan <{self.plan}>",
                    line=row.line,
                    hint="change --plan or the supports cell",
                )
            return AppraisalError(
                self.file,
                f"{text} is not an action or priority of a loaded plan",
                line=row.line,
                hint="check the IRI, or build its plan first",
            )
        where = f" in plan <{self.plan}>" if self.plan else ""
        message = f"no action or priority with ref {text!r}{where}"
        elsewhere = resolve_supports(self.store, text) if self.plan else []
        if elsewhere:
            plans = ", ".join(sorted({f"<{item.plan}>" for item in elsewhere}))
            return AppraisalError(self.file, message, line=row.line, hint=f"it is in {plans}; change --plan")
        refs = {
            _ref_key(str(found["ref"])): str(found["ref"])
            for found in _select(self.store, "appraisal-target-refs", {})
            if self.plan is None or str(found["plan"]) == self.plan
        }
        close = difflib.get_close_matches(_ref_key(text), list(refs), n=3, cutoff=0.6)
        hint = f"did you mean {', '.join(refs[key] for key in close)}?" if close else None
        return AppraisalError(self.file, message, line=row.line, hint=hint)

    # -- building ----------------------------------------------------------------------------

    def _authority_graph(self, authority: str) -> _AuthorityGraph:
        if authority not in self.graphs:
            graph = Graph(identifier=appraisal_graph_iri(authority))
            for prefix, namespace in PREFIXES.items():
                graph.bind(prefix, namespace)
            source = appraisal_source_iri(authority)
            appraisal_file = self.appraisal_file
            graph.add((source, RDF.type, CKG.SourceDocument))
            graph.add((source, RDFS.label, Literal(appraisal_file.name)))
            graph.add((source, CKG.fileName, Literal(appraisal_file.name)))
            graph.add((source, CKG.sha256, Literal(appraisal_file.sha256)))
            graph.add((source, CKG.lineCount, Literal(appraisal_file.line_count)))
            self.graphs[authority] = _AuthorityGraph(graph)
        return self.graphs[authority]

    def _objective(self, row: AppraisalRow, item: SupportedItem) -> None:
        built = self._authority_graph(item.authority)
        graph = built.graph
        person = person_iri(row.person)
        built.per_person[slugify(row.person)] += 1
        objective = objective_iri(item.authority, row.person, built.per_person[slugify(row.person)])
        graph.add((objective, RDF.type, CKG.AppraisalObjective))
        graph.add((objective, RDFS.label, Literal(row.objective)))
        graph.add((objective, CKG.supports, item.iri))
        graph.add((objective, CKG.owner, person))
        if row.review_date is not None:
            graph.add((objective, CKG.reviewDate, Literal(row.review_date.isoformat(), datatype=XSD.date)))
        graph.add((objective, CKG.sourceLine, Literal(row.line)))
        graph.add((objective, PROV.wasDerivedFrom, appraisal_source_iri(item.authority)))
        # What the public graphs already say of a person or post is not repeated: a query over
        # public and private graphs together would see such a triple twice.
        if not self._is_stated(person, RDF.type, CKG.Person):
            graph.add((person, RDF.type, CKG.Person))
            graph.add((person, RDFS.label, Literal(row.person)))
            graph.add((person, FOAF.name, Literal(row.person)))
        if row.post:
            post, known = self._post(item.authority, row.post)
            if not known:
                graph.add((post, RDF.type, CKG.Post))
                graph.add((post, RDFS.label, Literal(row.post)))
            if not self._is_stated(post, ORG.heldBy, person):
                graph.add((post, ORG.heldBy, person))

    def _post(self, authority: str, title: str) -> tuple[URIRef, bool]:
        """Return the authority's post with this title and whether a public graph states it."""
        key = (authority, title.casefold())
        if key not in self.posts:
            rows = _select(
                self.store,
                "appraisal-post",
                {"authority": ox.NamedNode(str(authority_iri(authority))), "title": ox.Literal(title)},
            )
            if rows:
                self.posts[key] = (URIRef(str(rows[0]["post"])), True)
            else:
                minted = post_iri(authority, title)
                self.posts[key] = (minted, self._is_stated(minted, RDF.type, CKG.Post))
        return self.posts[key]

    def _is_stated(self, subject: URIRef, predicate: URIRef, value: URIRef) -> bool:
        key = (subject, predicate, value)
        if key not in self.stated:
            bindings = {
                "subject": ox.NamedNode(str(subject)),
                "predicate": ox.NamedNode(str(predicate)),
                "object": ox.NamedNode(str(value)),
            }
            self.stated[key] = bool(_select(self.store, "appraisal-stated", bindings))
        return self.stated[key]


def _select(
    store: Store,
    name: str,
    bindings: Mapping[str, ox.NamedNode | ox.Literal],
    include_private: bool = False,
) -> list[dict[str, str | None]]:
    """Return the rows of a named SELECT query as dicts of lexical values (``None`` when unbound)."""
    result = store.query(named_queries()[name].text, bindings, include_private=include_private)
    return [
        {variable: term_text(term) for variable, term in zip(result.variables, row, strict=True)}
        for row in result.rows
    ]


def _supported(row: Mapping[str, str | None]) -> SupportedItem:
    return SupportedItem(
        iri=URIRef(str(row["item"])),
        kind=str(row["type"]),
        ref=row["ref"],
        label=row["label"],
        plan=URIRef(str(row["plan"])),
        plan_title=row["planTitle"],
        authority=authority_slug(str(row["authority"])),
    )


def _iri(text: str) -> URIRef | None:
    """Return the IRI ``text`` writes (see :func:`~councilkg.queries.expand_iri`), else ``None``.

    Raises:
        ValueError: ``text`` is written as an IRI but is not a valid one.
    """
    value = expand_iri(text)
    return None if value is None else URIRef(value)


def _ref_key(text: str) -> str:
    return "".join(text.split()).lower()


def _plan_name(item: SupportedItem) -> str:
    return f"<{item.plan}> ({item.plan_title})" if item.plan_title else f"<{item.plan}>"


def _one_per_plan(items: list[SupportedItem]) -> list[SupportedItem]:
    first: dict[URIRef, SupportedItem] = {}
    for item in items:
        first.setdefault(item.plan, item)
    return list(first.values())
