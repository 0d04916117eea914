"""Per-plan analytics kept in the store, so that questions about every plan read a few rows per plan.

After each write, ``councilkg.api`` has :func:`refresh_analytics` compute, for every plan whose
figures the write can change (:func:`affected_plans`), its thread completeness, its gaps by kind and
its indicators' national codes, values by period, latest outturn and latest target, and keep them in
the plan's hidden derived graph (:func:`~councilkg.ontology.graphs.derived_graph`), marked as derived
from the plan (``prov:wasDerivedFrom``) at a time (``prov:generatedAtTime``). ``councilkg gaps
--summary`` of every plan (:func:`gap_summary`) and ``councilkg compare --by indicator`` read them
(:func:`read_analytics`), and compute the figures from the plans as before when a plan has none (a
store another tool loaded).

Only public data goes in: the figures private appraisal objectives change are computed when asked
(``include_private``). A store's write of a plan drops the derived graphs of its authority's plans
in the same transaction, so a derived graph is never older than the plans it was computed from.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from councilkg.analysis.gaps import GAP_KINDS, Completeness, completeness, find_gaps
from councilkg.analysis.indicators import (
    SCOPED_PLANS,
    IndicatorCode,
    Observation,
    indicator_codes,
    observations_by_indicator,
    observations_of,
    observed_text,
)
from councilkg.analysis.threadrows import ThreadRows, read_thread_rows
from councilkg.analysis.threads import load_thread_graph, plan_titles
from councilkg.ontology.graphs import derived_graph, derived_plan, derived_scope, is_plan_graph
from councilkg.ontology.vocab import CKG
from councilkg.store.base import Store
from councilkg.store.subset import copy_of_plans


@dataclass(frozen=True)
class IndicatorSummary(IndicatorCode):
    """A plan's indicator under one national concept, with its values: what a comparison shows."""

    observed: str
    """Its outturns and targets by period, as text ("2006/07 outturn 12.5; 2007/08 target 12.5")."""
    latest_outturn: tuple[str, str] | None
    """The outturn of the latest period with one, as (period, value as printed)."""
    latest_target: tuple[str, str] | None
    """The target of the latest period with one, as (period, value as printed)."""


@dataclass(frozen=True)
class PlanAnalytics:
    """A plan's figures: thread completeness, gaps by kind and indicator summaries (public data only)."""

    plan: str
    actions: int
    complete: int
    gaps: dict[str, int]
    """The number of gaps of each kind found, in :data:`~councilkg.analysis.gaps.GAP_KINDS` order."""
    indicators: tuple[IndicatorSummary, ...]
    generated: datetime | None = field(default=None, compare=False)

    @property
    def score(self) -> float:
        """Return the share of the plan's actions with complete threads (0 when it has none)."""
        return self.complete / self.actions if self.actions else 0.0


# -- computing ---------------------------------------------------------------------------------------


def affected_plans(store: Store, written: Iterable[str]) -> list[str]:
    """Return the plans in ``store`` whose figures writing or removing the plans ``written`` (IRIs)
    can change: those of the same authorities, whose posts, units and partners (minted per
    authority) and whose post holders (stated by any of the authority's plans) they share."""
    scopes = {derived_scope(plan) for plan in written}
    return [str(g) for g in store.graphs() if is_plan_graph(g) and derived_scope(str(g)) in scopes]


def compute_analytics(store: Store, plans: Iterable[str]) -> dict[str, PlanAnalytics]:
    """Return the figures of ``plans`` (IRIs) computed from the store, keyed by plan IRI.

    The thread graph read is that of these plans (or of every plan, when they are all of them), with
    the outcomes, people and posts they lead to; private appraisal data is left out.
    """
    wanted = sorted(set(plans))
    if not wanted:
        return {}
    every_plan = {str(g) for g in store.graphs() if is_plan_graph(g)} <= set(wanted)
    graph = load_thread_graph(store, include_private=False, plans=None if every_plan else wanted, kept=False)
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for gap in find_gaps(graph):  # sorted by plan and kind, in GAP_KINDS order
        if gap.plan is not None:
            counts[gap.plan][gap.kind] = counts[gap.plan].get(gap.kind, 0) + 1
    scores = {c.plan: c for c in completeness(graph)}
    summaries = _indicator_summaries(store, wanted)
    return {
        plan: PlanAnalytics(
            plan,
            scores[plan].actions if plan in scores else 0,
            scores[plan].complete if plan in scores else 0,
            dict(counts.get(plan, {})),
            tuple(summaries.get(plan, ())),
        )
        for plan in wanted
    }


def _indicator_summaries(store: Store, plans: list[str]) -> dict[str, list[IndicatorSummary]]:
    """Return each plan's indicator summaries, sorted by indicator and concept."""
    codes = indicator_codes(store, plans)
    indicators = {code.indicator for code in codes}
    observed = (
        observations_of(store, indicators) if len(plans) <= SCOPED_PLANS else observations_by_indicator(store)
    )
    found: dict[str, list[IndicatorSummary]] = defaultdict(list)
    for code in sorted(codes, key=lambda c: (c.plan, c.indicator, c.concept, c.notation)):
        values = observed.get(code.indicator, ())
        found[code.plan].append(
            IndicatorSummary(
                **vars(code),
                observed=observed_text(values),
                latest_outturn=_latest(values, "Outturn"),
                latest_target=_latest(values, "Target"),
            )
        )
    return found


def _latest(observations: Iterable[Observation], measure: str) -> tuple[str, str] | None:
    """Return the (period, value as printed) of the latest period's ``measure``, periods compared as
    text ("2006/07" before "2007/08"); comparators and groups' values left out."""
    dated = [(o.period, o.raw) for o in observations if o.measure == measure and o.group is None and o.period]
    return max(dated) if dated else None


def analytics_graph(figures: PlanAnalytics, generated: datetime, rows: ThreadRows | None = None) -> Graph:
    """Return the derived graph of a plan's figures (see the module docstring), with the rows of its
    thread graph when given (``ckg:threadRows``), named as
    :func:`~councilkg.ontology.graphs.derived_graph` names it."""
    name = derived_graph(figures.plan)
    graph = Graph(identifier=name)
    graph.add((name, RDF.type, CKG.PlanAnalytics))
    graph.add((name, PROV.wasDerivedFrom, URIRef(figures.plan)))
    graph.add((name, PROV.generatedAtTime, Literal(generated.isoformat(), datatype=XSD.dateTime)))
    graph.add((name, CKG.actionCount, Literal(figures.actions)))
    graph.add((name, CKG.completeActionCount, Literal(figures.complete)))
    score = Decimal(figures.complete) / Decimal(figures.actions) if figures.actions else Decimal(0)
    graph.add((name, CKG.threadCompleteness, Literal(round(score, 4), datatype=XSD.decimal)))
    for kind, total in figures.gaps.items():
        node = URIRef(f"{name}/gaps/{kind}")
        graph.add((name, CKG.gapCount, node))
        graph.add((node, RDF.type, CKG.GapCount))
        graph.add((node, CKG.gapKind, Literal(kind)))
        graph.add((node, CKG.gapTotal, Literal(total)))
    for number, summary in enumerate(figures.indicators, start=1):
        node = URIRef(f"{name}/indicator/{number}")
        graph.add((name, CKG.indicatorSummary, node))
        for predicate, value in _summary_values(summary):
            graph.add((node, predicate, value))
    table = json.dumps([_table_row(summary) for summary in figures.indicators], ensure_ascii=False)
    graph.add((name, CKG.indicatorSummaryTable, Literal(table)))
    if rows is not None:
        graph.add((name, CKG.threadRows, Literal(rows.to_text(), datatype=XSD.base64Binary)))
    return graph


def _table_row(summary: IndicatorSummary) -> list[str | int | None]:
    """Return a summary's values as one row of the plan's ``ckg:indicatorSummaryTable``."""
    outturn = summary.latest_outturn or (None, None)
    target = summary.latest_target or (None, None)
    return [
        summary.indicator,
        summary.concept,
        summary.notation,
        summary.ref,
        summary.label,
        summary.line,
        summary.observed,
        *outturn,
        *target,
    ]


def _summary_values(summary: IndicatorSummary) -> Iterator[tuple[URIRef, URIRef | Literal]]:
    yield RDF.type, CKG.IndicatorSummary
    yield CKG.summarisedIndicator, URIRef(summary.indicator)
    yield CKG.nationalConcept, URIRef(summary.concept)
    yield CKG.conceptNotation, Literal(summary.notation)
    yield CKG.summaryLabel, Literal(summary.label)
    yield CKG.observedValues, Literal(summary.observed)
    if summary.ref is not None:
        yield CKG.summaryRef, Literal(summary.ref)
    if summary.line is not None:
        yield CKG.summaryLine, Literal(summary.line)
    if summary.latest_outturn is not None:
        yield CKG.latestOutturnPeriod, Literal(summary.latest_outturn[0])
        yield CKG.latestOutturn, Literal(summary.latest_outturn[1])
    if summary.latest_target is not None:
        yield CKG.latestTargetPeriod, Literal(summary.latest_target[0])
        yield CKG.latestTarget, Literal(summary.latest_target[1])


#: About how many plans' figures are computed and written together: a batch's thread graph and
#: derived graphs are what a refresh holds in memory (every plan of 1,100 at once peaked at 4.2 GB).
ANALYTICS_BATCH = 100


def refresh_analytics(store: Store, plans: Iterable[str]) -> dict[str, PlanAnalytics]:
    """Compute the figures of ``plans`` (IRIs) and write them to their derived graphs, with the rows of
    each plan's thread graph read alone (:class:`~councilkg.analysis.threadrows.ThreadRows`); returns
    the figures, keyed by plan IRI.

    Plans are taken in batches of whole authorities (an authority's plans share its posts and their
    holders, so they are computed together), each written in one transaction: a plan whose batch a
    crash stopped has no derived graph and is answered by computing, as any plan without one. A
    large batch of a much larger store is computed from a copy of its plans (:func:`_from_copy`).
    """
    generated = datetime.now(UTC).replace(microsecond=0)
    figures: dict[str, PlanAnalytics] = {}
    stored = sum(1 for graph in store.graphs() if is_plan_graph(graph))
    for batch in _authority_batches(plans):
        if _from_copy(len(batch), stored):
            with copy_of_plans(store, batch) as copy:
                computed, rows = compute_analytics(copy, batch), _plan_rows(copy, batch)
        else:
            computed, rows = compute_analytics(store, batch), _plan_rows(store, batch)
        store.replace_derived_graphs(
            analytics_graph(one, generated, rows[one.plan]) for one in computed.values()
        )
        figures.update(computed)
    return figures


def _plan_rows(store: Store, plans: list[str]) -> dict[str, ThreadRows]:
    """Return the public rows of each plan's thread graph, read alone, keyed by plan IRI."""
    return {plan: read_thread_rows(store, include_private=False, plans=[plan]) for plan in plans}


#: A batch is computed from a copy of its plans when the store holds more than this many times its
#: plans: asking the store about a batch of many plans reads indexes over every plan (100 plans of
#: 1,100 at 5M triples: 32 s a batch; from a copy, 11 s), while copying costs more than it saves in a
#: store only a few batches large (220 plans at 1M: 18 s asked, 26 s copied) or for a few plans (an
#: authority's 3 plans at 5M: 0.25 s asked, 0.45 s copied).
COPY_RATIO = 4


def _from_copy(batch: int, stored: int) -> bool:
    """Return whether a batch of ``batch`` plans of a store holding ``stored`` plans is computed from a
    copy of its plans (:func:`~councilkg.store.subset.copy_of_plans`) rather than by asking the store."""
    return batch > SCOPED_PLANS and stored > COPY_RATIO * batch


def _authority_batches(plans: Iterable[str]) -> Iterator[list[str]]:
    """Yield ``plans`` in batches of about :data:`ANALYTICS_BATCH`, never parting an authority's."""
    by_authority: dict[str, list[str]] = defaultdict(list)
    for plan in sorted(set(plans)):
        by_authority[derived_scope(plan)].append(plan)
    batch: list[str] = []
    for authority_plans in by_authority.values():
        batch += authority_plans
        if len(batch) >= ANALYTICS_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


# -- reading -----------------------------------------------------------------------------------------

# The IRIs read, as strings, looked up once: a DefinedNamespace attribute costs microseconds, and a
# comparison of every plan reads some 150k values at 1M triples.
_GAP_COUNT, _SUMMARY = str(CKG.gapCount), str(CKG.indicatorSummary)
_ACTIONS, _COMPLETE, _GENERATED = (
    str(CKG.actionCount),
    str(CKG.completeActionCount),
    str(PROV.generatedAtTime),
)
_KIND, _TOTAL = str(CKG.gapKind), str(CKG.gapTotal)
_INDICATOR, _CONCEPT, _NOTATION = (
    str(CKG.summarisedIndicator),
    str(CKG.nationalConcept),
    str(CKG.conceptNotation),
)
_REF, _LABEL, _LINE, _OBSERVED = (
    str(CKG.summaryRef),
    str(CKG.summaryLabel),
    str(CKG.summaryLine),
    str(CKG.observedValues),
)
_OUTTURN, _OUTTURN_PERIOD = str(CKG.latestOutturn), str(CKG.latestOutturnPeriod)
_TARGET, _TARGET_PERIOD = str(CKG.latestTarget), str(CKG.latestTargetPeriod)


def read_indicator_summaries(store: Store, plans: Iterable[str]) -> dict[str, tuple[IndicatorSummary, ...]]:
    """Return the indicator summaries kept for ``plans`` (IRIs), keyed by plan IRI, from each plan's
    ``ckg:indicatorSummaryTable`` (one value a plan, read across every derived graph at once); a plan
    without one is left out (the caller reads its analytics another way).

    Example:
        >>> from councilkg.store.embedded import EmbeddedStore
        >>> read_indicator_summaries(EmbeddedStore.open(":memory:"), ["https://example.org/plan"])
        {}
    """
    wanted = set(plans)
    found: dict[str, tuple[IndicatorSummary, ...]] = {}
    for quad in store.derived_quads(CKG.indicatorSummaryTable):
        graph = quad.graph_name
        plan = derived_plan(graph.value) if isinstance(graph, ox.NamedNode) else None
        if plan in wanted and isinstance(quad.object, ox.Literal):
            summaries = [_from_row(plan, row) for row in json.loads(quad.object.value)]
            summaries.sort(key=lambda s: (s.indicator, s.concept, s.notation))
            found[plan] = tuple(summaries)
    return found


def _from_row(plan: str, row: list[str | int | None]) -> IndicatorSummary:
    """Return the summary one row of a ``ckg:indicatorSummaryTable`` holds."""
    (
        indicator,
        concept,
        notation,
        ref,
        label,
        line,
        observed,
        outturn_period,
        outturn,
        target_period,
        target,
    ) = row
    return IndicatorSummary(
        plan=plan,
        concept=str(concept),
        notation=str(notation),
        indicator=str(indicator),
        ref=None if ref is None else str(ref),
        label=str(label),
        line=None if line is None else int(line),
        observed=str(observed),
        latest_outturn=None if outturn is None else (str(outturn_period), str(outturn)),
        latest_target=None if target is None else (str(target_period), str(target)),
    )


def read_analytics(store: Store, plans: Iterable[str]) -> dict[str, PlanAnalytics]:
    """Return the figures kept for ``plans`` (IRIs), keyed by plan IRI; a plan without a derived graph
    is left out (the caller computes its figures instead).

    Stops at the first plan without one: a store another tool loaded has none at all.
    """
    found: dict[str, PlanAnalytics] = {}
    for plan in sorted(set(plans)):
        figures = _read_one(store, plan)
        if figures is None:
            break
        found[plan] = figures
    return found


def _read_one(store: Store, plan: str) -> PlanAnalytics | None:
    """Return the figures in a plan's derived graph, or ``None`` when it has none."""
    values: dict[str, dict[str, str]] = defaultdict(dict)
    links: dict[str, list[str]] = defaultdict(list)
    for quad in store.graph_quads(derived_graph(plan)):
        subject, predicate, value = quad.subject, quad.predicate.value, quad.object
        if not isinstance(subject, ox.NamedNode) or not isinstance(value, (ox.NamedNode, ox.Literal)):
            continue
        if predicate in (_GAP_COUNT, _SUMMARY):
            links[predicate].append(value.value)
        else:
            values[subject.value][predicate] = value.value
    head = values.get(str(derived_graph(plan)))
    if not head or _ACTIONS not in head:
        return None
    gaps = {values[node][_KIND]: int(values[node][_TOTAL]) for node in links[_GAP_COUNT]}
    summaries = [_summary(plan, values[node]) for node in links[_SUMMARY]]
    summaries.sort(key=lambda s: (s.indicator, s.concept, s.notation))
    generated = head.get(_GENERATED)
    return PlanAnalytics(
        plan,
        int(head[_ACTIONS]),
        int(head[_COMPLETE]),
        _in_report_order(gaps),
        tuple(summaries),
        datetime.fromisoformat(generated) if generated is not None else None,
    )


def _in_report_order(gaps: dict[str, int]) -> dict[str, int]:
    """Return gap counts by kind in :data:`~councilkg.analysis.gaps.GAP_KINDS` order."""
    order = list(GAP_KINDS)
    return dict(sorted(gaps.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)))


def _pair(values: dict[str, str], period: str, value: str) -> tuple[str, str] | None:
    when, printed = values.get(period), values.get(value)
    return (when, printed) if when is not None and printed is not None else None


def _summary(plan: str, values: dict[str, str]) -> IndicatorSummary:
    line = values.get(_LINE)
    return IndicatorSummary(
        plan=plan,
        concept=values[_CONCEPT],
        notation=values[_NOTATION],
        indicator=values[_INDICATOR],
        ref=values.get(_REF),
        label=values[_LABEL],
        line=int(line) if line is not None else None,
        observed=values[_OBSERVED],
        latest_outturn=_pair(values, _OUTTURN_PERIOD, _OUTTURN),
        latest_target=_pair(values, _TARGET_PERIOD, _TARGET),
    )


def gap_summary(store: Store) -> tuple[list[Completeness], dict[str, dict[str, int]]] | None:
    """Return every plan's thread completeness and its gaps by kind, read from the plans' analytics,
    as :func:`~councilkg.analysis.gaps.completeness` and a count of
    :func:`~councilkg.analysis.gaps.find_gaps` over every plan give them (public data only); ``None``
    when a plan has no analytics kept.

    Reads the five properties it needs across every derived graph at once (a few rows per plan),
    not each plan's indicator summaries.
    """
    titles, councils = plan_titles(store)
    values: dict[str, dict[str, str]] = defaultdict(dict)
    gap_nodes: dict[str, list[str]] = defaultdict(list)
    for predicate in (CKG.actionCount, CKG.completeActionCount, CKG.gapKind, CKG.gapTotal, CKG.gapCount):
        for quad in store.derived_quads(predicate):
            subject, value = quad.subject, quad.object
            if not isinstance(subject, ox.NamedNode) or not isinstance(value, (ox.NamedNode, ox.Literal)):
                continue
            if predicate == CKG.gapCount:
                gap_nodes[subject.value].append(value.value)
            else:
                values[subject.value][str(predicate)] = value.value
    scores: list[Completeness] = []
    counts: dict[str, dict[str, int]] = {}
    for plan in sorted(titles):
        head = values.get(str(derived_graph(plan)), {})
        if str(CKG.actionCount) not in head or str(CKG.completeActionCount) not in head:
            return None
        actions, complete = int(head[str(CKG.actionCount)]), int(head[str(CKG.completeActionCount)])
        score = complete / actions if actions else 0.0
        scores.append(Completeness(plan, titles[plan], actions, complete, score, councils.get(plan)))
        kinds = {
            values[node][_KIND]: int(values[node][_TOTAL])
            for node in gap_nodes.get(str(derived_graph(plan)), ())
        }
        if kinds:
            counts[plan] = _in_report_order(kinds)
    return scores, counts
