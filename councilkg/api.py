"""The public face of councilkg: the few functions a Python user, and every CLI command, calls.

Each one runs the steps behind a command: open a store, load plans (documents → loaders → build →
store), remove a plan, query, follow a golden thread, find the gaps, compare plans. Nothing here
prints; every function returns data (the analysis modules' records) and raises a
:class:`~councilkg.errors.CouncilKGError` with a one-line message when it cannot answer.

README.md ("Use from Python") shows them at work; a test runs that example::

    import councilkg

    with councilkg.open_store(":memory:") as store:
        councilkg.load_plans(store)
        print(councilkg.thread(store, "CSKA12").tree.children[0].label)
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

import networkx as nx
import pyoxigraph as ox
from rdflib import URIRef

from councilkg.analysis.analytics import affected_plans, gap_summary, refresh_analytics
from councilkg.analysis.authorities import AuthorityPlans
from councilkg.analysis.authorities import authorities as authority_plans
from councilkg.analysis.changes import PlanChanges, plan_changes
from councilkg.analysis.compare import (
    Comparison,
    compare_by_indicator,
    compare_by_outcome,
    compare_by_theme,
    select_plans,
)
from councilkg.analysis.gaps import Completeness, Gap, completeness, find_gaps, mark_gaps
from councilkg.analysis.indicators import IndicatorSeries, indicator_series, resolve_indicator
from councilkg.analysis.lookup import (
    Agent,
    Item,
    PlanRef,
    closest_names,
    find_items,
    plans_in,
    resolve_agent,
    resolve_item,
    resolve_plan,
)
from councilkg.analysis.ownership import ItemOwner, OwnerLoad, OwnerReport, item_owners, owner_report
from councilkg.analysis.ownership import owner_loads as ownership_loads
from councilkg.analysis.similarity import PlanPair, plan_similarity
from councilkg.analysis.targets import TargetCheck, check_targets
from councilkg.analysis.threads import (
    Direction,
    ThreadNode,
    load_thread_graph,
    owner_graph,
    plan_graph,
    thread_below,
    thread_down,
    thread_plans,
    thread_tree,
    thread_up,
)
from councilkg.build.appraisals import load_appraisals
from councilkg.build.plans import PlanBuild, ProgressCallback, build
from councilkg.data import example_appraisals
from councilkg.documents.extract import DEFAULT_BUDGET, ExtractionBudget
from councilkg.errors import LookupFailedError
from councilkg.loaders.generic.profile import Profile
from councilkg.loaders.parsing.identity import PlanIdentity
from councilkg.queries import check_params, parse_param, resolve_query
from councilkg.store.base import QueryResult, Store
from councilkg.store.location import open_store as open_location
from councilkg.store.sourcetext import EXTRACTED_SUFFIX, extracted_text_path
from councilkg.store.sparql import Endpoint

__all__ = [
    "Gaps",
    "PreparedQuery",
    "Thread",
    "authorities",
    "changes",
    "compare",
    "example_store",
    "gaps",
    "indicator",
    "load_plans",
    "open_store",
    "owner",
    "owner_loads",
    "owner_view",
    "owners_of",
    "plan_view",
    "prepare_query",
    "query",
    "remove_plan",
    "similarity",
    "targets",
    "thread",
]

CompareBy = Literal["outcome", "theme", "indicator"]
COMPARISONS = {"outcome": compare_by_outcome, "theme": compare_by_theme, "indicator": compare_by_indicator}
"""How :func:`compare` puts plans side by side, by the name of its rows."""

UP_BY_DEFAULT = frozenset({"action", "project", "indicator", "objective"})
"""The kinds of item whose thread is followed up to the outcomes unless a direction is given."""
_DOWN_BY_DEFAULT = frozenset({"Outcome", "Priority"})
"""The types (:attr:`Item.type`) of item whose thread is followed down unless a direction is given."""


# -- stores ------------------------------------------------------------------------------------------


def open_store(location: str | Path | Endpoint | None = None, *, read_only: bool = False) -> Store:
    """Return the store at ``location``: a folder, ``":memory:"``, or a SPARQL server.

    ``None`` means ``$COUNCILKG_ENDPOINT`` if set, else ``$COUNCILKG_STORE`` or ``./.councilkg/store``.
    Use it as a context manager, so the store is flushed and released.

    Raises:
        StoreInUseError: another process has the store open for writing.
        StoreError: the store does not exist (``read_only``) or cannot be opened.
    """
    return open_location(location, read_only=read_only)


def example_store() -> Store:
    """Return an in-memory store of the bundled plans plus the fictional example appraisals."""
    store = open_store(":memory:")
    load_plans(store)
    load_appraisals(store, example_appraisals())
    return store


# -- plans -------------------------------------------------------------------------------------------


def load_plans(
    store: Store,
    files: Sequence[str | Path] = (),
    *,
    loader: str | None = None,
    identities: Mapping[Path, PlanIdentity] | None = None,
    profile: Profile | None = None,
    budget: ExtractionBudget = DEFAULT_BUDGET,
    progress: ProgressCallback | None = None,
    replace: str | None = None,
) -> list[PlanBuild]:
    """Read plan files and write each plan into its own named graph of ``store``, replacing it if there.

    ``files`` are paths or the names of bundled plans; none loads the bundled plans. Nothing is
    written unless every file extracts. Into an on-disk store that holds no plans, the plans and
    their analytics are bulk-loaded into a new database beside it that replaces it when complete
    (:meth:`~councilkg.store.embedded.EmbeddedStore.bulk_writes`); otherwise each plan is written
    in a transaction of its own. ``replace`` names a plan in the store (its name, IRI or
    title words) that the one file replaces, though the new plan is named differently (a corrected
    council, title or years): the old plan goes in the transaction that writes the new one.

    Returns:
        One :class:`~councilkg.build.plans.PlanBuild` per file (counts, coverage, warnings, guesses).

    Raises:
        LoaderError: a file cannot be read or holds no plan.
        LookupFailedError: no plan, or several plans, match ``replace``; nothing is written.
    """
    old = resolve_plan(store, replace) if replace is not None else None
    # Into a store without plans, the plans and their analytics are bulk-loaded into a new database
    # that replaces the store's only once complete; into one with plans, each write is a transaction.
    with store.bulk_writes():
        results = build(
            store,
            list(files) or None,
            progress,
            loader,
            identities,
            profile,
            budget,
            replaces=URIRef(old.iri) if old is not None else None,
        )
        written = [str(result.plan) for result in results if result.plan is not None]
        refresh_analytics(store, affected_plans(store, written + ([old.iri] if old is not None else [])))
    if old is not None:
        for result in results:
            result.replaced = old.describe()
            if result.plan is not None and str(result.plan) != old.iri:
                _remove_extracted_text(store, old)
    return results


def remove_plan(store: Store, plan: str) -> PlanRef:
    """Remove a plan (its name, IRI or title words), its share of the reference graph and the text
    extracted for it beside the store; returns it.

    Appraisal objectives stay: they are their authority's, and `gaps` shows those the plan's items
    no longer carry. The analytics of the authority's other plans are computed again.

    Raises:
        LookupFailedError: no plan, or several plans, match ``plan``; nothing is removed.
    """
    found = resolve_plan(store, plan)
    store.remove_plan(URIRef(found.iri))
    refresh_analytics(store, affected_plans(store, [found.iri]))
    _remove_extracted_text(store, found)
    return found


def _remove_extracted_text(store: Store, plan: PlanRef) -> None:
    """Delete the text extracted for ``plan`` beside a store folder (none for other stores)."""
    text = extracted_text_path(str(store.location), URIRef(plan.iri), "-")
    if text is None:
        return
    root = Path(str(store.location) + EXTRACTED_SUFFIX).resolve()
    folder = text.parent.resolve()
    if folder != root and folder.is_relative_to(root):  # a plan IRI is minted, but never delete outside
        shutil.rmtree(folder, ignore_errors=True)


def authorities(store: Store) -> list[AuthorityPlans]:
    """Return every authority the store knows, with its GSS code and its loaded plans, sorted by name."""
    return authority_plans(store)


def plan_iri(store: Store, plan: str | None) -> str | None:
    """Return the IRI of the plan ``plan`` names, or ``None`` for no plan.

    Raises:
        LookupFailedError: no plan, or several plans, match ``plan``.
    """
    return resolve_plan(store, plan).iri if plan else None


# -- queries -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PreparedQuery:
    """A query's SPARQL text and the RDF terms to bind, checked before any store is opened."""

    sparql: str
    bindings: Mapping[str, ox.NamedNode | ox.Literal]


def prepare_query(source: str, params: Mapping[str, str] | Iterable[str] = ()) -> PreparedQuery:
    """Return the query ``source`` names (SPARQL text, a ``.rq`` file or a named query) with its parameters.

    ``params`` maps variable names to values (or is a list of ``NAME=VALUE``): ``<iri>``,
    ``prefix:local``, numbers, ``"text"``; they are bound as RDF terms, never pasted into the text.

    Raises:
        QueryError: the query cannot be found, a parameter is malformed or not selected.
    """
    sparql = resolve_query(source)
    specs = [f"{name}={value}" for name, value in params.items()] if isinstance(params, Mapping) else params
    bindings = dict(parse_param(spec) for spec in specs)
    check_params(sparql, list(bindings))
    return PreparedQuery(sparql, bindings)


def query(
    store: Store,
    source: str | PreparedQuery,
    params: Mapping[str, str] | Iterable[str] = (),
    *,
    include_private: bool = False,
) -> QueryResult:
    """Return the answer to a query (see :func:`prepare_query`) over ``store``.

    Private appraisal graphs are read only with ``include_private``.

    Raises:
        QueryError: the query is not valid, or its parameters are not.
    """
    prepared = source if isinstance(source, PreparedQuery) else prepare_query(source, params)
    return store.query(prepared.sparql, prepared.bindings, include_private=include_private)


# -- golden threads ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Thread:
    """The golden thread through one item: which way it runs, as a tree and as a graph."""

    item: Item
    direction: Direction
    tree: ThreadNode
    graph: nx.DiGraph
    """The thread's nodes and links, for a view (gaps marked)."""


def thread(
    store: Store,
    item: str,
    *,
    up: bool | None = None,
    plan: str | None = None,
    include_private: bool = False,
) -> Thread:
    """Return the golden thread through ``item`` (a reference, words of its label, or an IRI).

    ``up`` follows it to the outcomes it serves, ``up=False`` down to what delivers it; ``None``
    goes up from actions, projects, indicators and objectives, and down from the rest. ``plan``
    keeps the item and its thread to one plan (a framework's outcome, which no plan owns, shows
    that plan's items under it).

    Raises:
        LookupFailedError: no item, or several, match; or the item is on no golden thread.
    """
    graph, found = _thread_graph(store, item, plan, include_private, up)
    if up is None:
        direction: Direction = "up" if graph.nodes[found.iri]["kind"] in UP_BY_DEFAULT else "down"
    else:
        direction = "up" if up else "down"
    view = thread_up(graph, found.iri) if direction == "up" else thread_down(graph, found.iri)
    return Thread(found, direction, thread_tree(graph, found.iri, direction), view)


def _thread_graph(
    store: Store, item_text: str, plan_name: str | None, include_private: bool, up: bool | None = None
) -> tuple[nx.DiGraph, Item]:
    """Return the thread graph of the plans the item's thread reaches (gaps marked), and the item:
    only the part of them the thread below the item needs when it is followed down (``up`` false,
    or not given for an outcome or a priority)."""
    plan = resolve_plan(store, plan_name) if plan_name else None
    item = resolve_item(store, item_text, plan.iri if plan else None, include_private)
    # With a plan given, the thread stays in it: an outcome every plan serves shows that plan's items.
    down = up is False or (up is None and item.type in _DOWN_BY_DEFAULT)
    below = thread_below(store, item.iri, include_private) if down and not plan else None
    if plan:
        reached = [plan.iri]
    else:
        reached = list(below.plans) if below else thread_plans(store, item.iri, include_private)
    graph = load_thread_graph(store, include_private, plans=reached, items=below.items if below else None)
    kind = graph.nodes[item.iri]["kind"] if item.iri in graph else None
    if below is not None and up is None and kind in UP_BY_DEFAULT:
        # Typed an outcome and an action too: followed up after all, from the whole plans.
        reached = thread_plans(store, item.iri, include_private)
        graph = load_thread_graph(store, include_private, plans=reached)
    if item.iri not in graph and plan is not None:
        raise LookupFailedError(f"{item.describe()} is on no golden thread of {plan.describe()}")
    if item.iri not in graph:
        raise LookupFailedError(
            f"{item.describe()} is not on a golden thread; threads run through outcomes, priorities, "
            "actions, projects, indicators and appraisal objectives"
        )
    mark_gaps(graph, find_gaps(graph))
    return graph, item


@dataclass(frozen=True)
class Gaps:
    """Where plans' golden threads break, and how complete each plan's threads are."""

    gaps: list[Gap]
    plans: list[Completeness]
    gap_counts: dict[str, dict[str, int]] | None = None
    """The number of gaps of each kind by plan, when read from the plans' analytics (``gaps`` empty)."""

    def counts(self) -> dict[str, dict[str, int]]:
        """Return the number of gaps of each kind, by plan IRI (kinds in report order)."""
        if self.gap_counts is not None:
            return self.gap_counts
        counts: dict[str, dict[str, int]] = {}
        for gap in self.gaps:
            by_kind = counts.setdefault(gap.plan or "", {})
            by_kind[gap.kind] = by_kind.get(gap.kind, 0) + 1
        return counts


def gaps(
    store: Store,
    *,
    plan: str | None = None,
    kinds: Iterable[str] = (),
    include_private: bool = False,
    summary: bool = False,
) -> Gaps:
    """Return the gaps in the golden threads of one plan (its name) or of every plan, and completeness.

    ``kinds`` keeps only gaps of those kinds; private appraisal objectives are checked only with
    ``include_private``. With ``summary``, only the completeness and the gap counts are wanted: for
    every plan, without private data, they are read from the plans' analytics kept in the store
    (``gaps`` is then empty), or computed when a plan has none.

    Raises:
        LookupFailedError: no plan, or several plans, match ``plan``.
    """
    wanted = set(kinds)
    if summary and plan is None and not include_private:
        stored = gap_summary(store)
        if stored is not None:
            scores, counts = stored
            counts = {
                iri: {kind: n for kind, n in by_kind.items() if not wanted or kind in wanted}
                for iri, by_kind in counts.items()
            }
            return Gaps([], scores, {iri: by_kind for iri, by_kind in counts.items() if by_kind})
    iri = plan_iri(store, plan)
    graph = load_thread_graph(store, include_private, plans=[iri] if iri else None)
    found = [g for g in find_gaps(graph, iri) if not wanted or g.kind in wanted]
    scores = [c for c in completeness(graph) if iri is None or c.plan == iri]
    return Gaps(found, scores)


def plan_view(store: Store, plan: str, *, include_private: bool = False) -> tuple[PlanRef, nx.DiGraph]:
    """Return a plan (its name, IRI or title words) and the graph of all its threads, gaps marked.

    Raises:
        LookupFailedError: no plan, or several plans, match ``plan``.
    """
    found = resolve_plan(store, plan)
    graph = load_thread_graph(store, include_private, plans=[found.iri])
    mark_gaps(graph, find_gaps(graph))
    return found, plan_graph(graph, found.iri)


def owner_view(
    store: Store, name: str, *, authority: str | None = None, include_private: bool = False
) -> tuple[Agent, nx.DiGraph]:
    """Return a person or post and the graph of what they own with the threads above it, gaps marked.

    Raises:
        LookupFailedError: no owner, or several, match; or the owner owns nothing on a thread.
    """
    agent = resolve_agent(store, name, authority)
    graph = load_thread_graph(store, include_private)
    if agent.iri not in graph:
        raise LookupFailedError(f"{agent.describe()} owns nothing on a golden thread")
    mark_gaps(graph, find_gaps(graph))
    return agent, owner_graph(graph, agent.iri)


# -- owners and comparisons --------------------------------------------------------------------------


def owner(
    store: Store,
    name: str,
    *,
    authority: str | None = None,
    plan: str | None = None,
    at: date | None = None,
) -> OwnerReport:
    """Return everything a person or post (all or part of a name, or an IRI) owns, grouped by plan.

    With ``at``, the report is as of that day: the posts a person held then (or who held the post),
    from the dated memberships plans state, and the items of the plans whose period covers it.

    Raises:
        LookupFailedError: no owner (or several) matches ``name``, or no plan (or several) ``plan``.
    """
    agent = resolve_agent(store, name, authority)
    return owner_report(store, agent, plan_iri(store, plan), at)


def owner_loads(store: Store, *, plan: str | None = None) -> list[OwnerLoad]:
    """Return every owner with counts of what they own by item type, heaviest load first.

    Raises:
        LookupFailedError: no plan, or several plans, match ``plan``.
    """
    return ownership_loads(store, plan_iri(store, plan))


def owners_of(
    store: Store, text: str, *, plan: str | None = None, at: date | None = None
) -> list[tuple[Item, list[ItemOwner]]]:
    """Return the items a reference (CSKA12, NI 59), label words or IRI names, each with its owners.

    A post's holders are those of the item's plan years, or with ``at`` those of that day.

    Raises:
        LookupFailedError: no item matches ``text``, or no plan (or several) matches ``plan``.
    """
    items = find_items(store, text, plan_iri(store, plan))
    if not items:
        raise LookupFailedError(
            f"no item with reference or words {text!r}; give a reference as printed (CSKA12, NI 59), "
            "words of its label, or its IRI"
        )
    return [(item, item_owners(store, item, at)) for item in items]


def compare(
    store: Store, plans: Sequence[str] = (), by: CompareBy = "outcome", *, with_observations: bool = True
) -> Comparison:
    """Return plans side by side, a row per outcome, theme or crosswalked indicator.

    ``plans`` are plan names, IRIs or authorities (all their plans); none means every plan loaded.
    By indicator, ``with_observations=False`` leaves each indicator's ``observations`` empty (its
    ``detail`` says them as text), reading the plans' analytics only.

    Raises:
        LookupFailedError: a name matches no plan.
    """
    chosen = select_plans(store, list(plans))
    if by == "indicator":
        return compare_by_indicator(store, chosen, with_observations=with_observations)
    return COMPARISONS[by](store, chosen)


def similarity(
    store: Store, plans: Sequence[str] = (), by: Literal["theme", "indicator"] = "theme"
) -> list[PlanPair]:
    """Return how alike each pair of plans is: the Jaccard similarity of their themes or indicators.

    Raises:
        LookupFailedError: a name matches no plan.
    """
    return plan_similarity(store, select_plans(store, list(plans)), by)


def indicator(store: Store, code: str) -> list[IndicatorSeries]:
    """Return every observation of an indicator (a national code, a plan's reference or label words)
    and of the indicators the crosswalk links to it, one series per plan indicator.

    Raises:
        LookupFailedError: no indicator matches ``code``, or no plan tracks it.
    """
    series = indicator_series(store, resolve_indicator(store, code))
    if not series:
        raise LookupFailedError(
            f"no plan in the store tracks {code!r} or an indicator the crosswalk links to it"
        )
    return series


def changes(store: Store, plan_a: str, plan_b: str) -> PlanChanges:
    """Return what a council kept, dropped, added and re-worded between two plans.

    ``plan_a`` and ``plan_b`` are plan names, IRIs or words of a title; they are put in the order of
    their start years, so the earlier plan is always ``before``. Priorities, actions and indicators
    are matched by national indicator code, then by theme and wording; each match says how it was
    made, its score, and the owners that changed.

    Raises:
        LookupFailedError: a name matches no plan or several, or both name the same plan.
    """
    first, second = _plan_or_suggestions(store, plan_a), _plan_or_suggestions(store, plan_b)
    if first.iri == second.iri:
        raise LookupFailedError(
            f"{plan_a!r} and {plan_b!r} are the same plan ({first.name}); name two plans, "
            "e.g. two plan years of one council"
        )
    later_first = (second.start_year or 0) < (first.start_year or 0)
    before, after = (second, first) if later_first else (first, second)
    return plan_changes(store, before, after)


def _plan_or_suggestions(store: Store, text: str) -> PlanRef:
    """Return the plan ``text`` denotes, as :func:`resolve_plan` does; when none does, the error
    names the closest plans first (by name, or by authority and years: "Lambeth 2007-10")."""
    try:
        return resolve_plan(store, text)
    except LookupFailedError as error:
        plans = plans_in(store)
        if any(p.name == text for p in plans) or not str(error).startswith("no plan "):
            raise
        by_label = {label: p.name for p in plans for label in (p.name, p.short)}
        closest = list(dict.fromkeys(by_label[label] for label in closest_names(text, by_label, limit=3)))
        if not closest:
            raise
        raise LookupFailedError(
            f"no plan {text!r} in the store; did you mean {' or '.join(closest)}? (see `councilkg plans`)"
        ) from error


def targets(store: Store, plans: Sequence[str] = ()) -> list[TargetCheck]:
    """Return each target ``plans`` set (none: every plan's), met, missed or with no data, against the
    outturn a later plan of the same authority prints for the same indicator and period.

    ``plans`` are plan names, IRIs or authorities (all their plans).

    Raises:
        LookupFailedError: a name matches no plan.
    """
    return check_targets(store, select_plans(store, list(plans)))
