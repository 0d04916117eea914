"""Side-by-side comparison of plans: per outcome, per theme, or per (crosswalked) indicator.

A :class:`Comparison` has one row per outcome, theme or indicator and one column per plan; each
cell holds that plan's items under the row. Plans are chosen by name or by authority.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from councilkg.analysis.analytics import read_analytics, read_indicator_summaries
from councilkg.analysis.indicators import (
    SCOPED_PLANS,
    IndicatorCode,
    Observation,
    indicator_codes,
    observations_by_indicator,
    observations_of,
    observed_text,
)
from councilkg.analysis.lookup import (
    PlanRef,
    authority_plan_iris,
    normalise_name,
    plans_in,
    resolve_plan,
)
from councilkg.analysis.similarity import equivalence_classes
from councilkg.errors import LookupFailedError
from councilkg.ontology.mint import framework_iri
from councilkg.queries import named_queries
from councilkg.store.base import Store
from councilkg.store.terms import term_int, term_text

ECM = str(framework_iri("ecm"))


@dataclass(frozen=True)
class ComparedItem:
    """One item of a plan in a comparison cell: a priority, action, indicator or observation."""

    iri: str
    type: str
    ref: str | None
    label: str
    line: int | None
    detail: str = ""
    observations: tuple[Observation, ...] = ()
    """For an indicator compared by indicator: its printed values (``detail`` says them as text)."""

    def to_dict(self) -> dict[str, Any]:
        """Return the item as a JSON-ready dict."""
        return {
            "iri": self.iri,
            "type": self.type,
            "ref": self.ref,
            "label": self.label,
            "line": self.line,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class ComparisonRow:
    """One outcome, theme or indicator, and each plan's items under it (keyed by plan IRI)."""

    key: str
    label: str
    cells: dict[str, tuple[ComparedItem, ...]]


@dataclass(frozen=True)
class Comparison:
    """Rows of outcomes, themes or indicators against columns of plans."""

    by: str
    plans: tuple[PlanRef, ...]
    rows: tuple[ComparisonRow, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the comparison as JSON-ready data: the plans, then one entry per row."""
        return {
            "by": self.by,
            "plans": [
                {"iri": p.iri, "name": p.name, "title": p.title, "authority": p.authority} for p in self.plans
            ],
            "rows": [
                {
                    "key": row.key,
                    "label": row.label,
                    "plans": {
                        plan.name: [item.to_dict() for item in row.cells.get(plan.iri, ())]
                        for plan in self.plans
                    },
                }
                for row in self.rows
            ],
        }


def select_plans(store: Store, names: tuple[str, ...] | list[str]) -> list[PlanRef]:
    """Return the plans ``names`` denote, in store order: each a plan, or an authority (all its plans).

    No names means every plan in the store.

    Raises:
        LookupFailedError: a name is neither a loaded plan nor an authority with plans loaded.
    """
    if not names:
        return plans_in(store)
    # Authorities found through the name index: their plans read alone, not all 1,100 at 5M.
    indexed = [authority_plan_iris(store, name) for name in names]
    if all(indexed):
        return plans_in(store, {iri for found in indexed for iri in found or ()})
    plans = plans_in(store)
    chosen: set[str] = set()
    for name in names:
        by_authority = [p for p in plans if normalise_name(p.authority) == normalise_name(name)]
        if by_authority:
            chosen.update(p.iri for p in by_authority)
            continue
        try:
            chosen.add(resolve_plan(store, name).iri)
        except LookupFailedError as error:
            authorities = ", ".join(sorted({p.authority for p in plans}))
            raise LookupFailedError(f"{error}; or name an authority: {authorities}") from error
    return [p for p in plans if p.iri in chosen]


def _rows(
    labels: dict[str, str], cells: dict[str, dict[str, list[ComparedItem]]]
) -> tuple[ComparisonRow, ...]:
    """Return comparison rows sorted by label, each plan's items by type, source line, label and IRI.

    The order is set here rather than by the queries' ORDER BY, which a server may not keep
    under SELECT DISTINCT (Virtuoso does not).
    """
    return tuple(
        ComparisonRow(
            key,
            labels[key],
            {plan: tuple(sorted(items, key=_item_order)) for plan, items in cells[key].items()},
        )
        for key in sorted(labels, key=lambda key: (labels[key].lower(), key))
    )


def _item_order(item: ComparedItem) -> tuple[str, float, str, str]:
    return (item.type, item.line if item.line is not None else float("-inf"), item.label, item.iri)


def compare_by_outcome(store: Store, plans: list[PlanRef], scheme: str = ECM) -> Comparison:
    """Return each plan's priorities, actions and indicators under each outcome of ``scheme`` (ECM)."""
    rows = store.query(named_queries()["outcome-items"].text, {"scheme": ox.NamedNode(scheme)}).rows
    wanted = {p.iri for p in plans}
    labels: dict[str, str] = {}
    cells: dict[str, dict[str, list[ComparedItem]]] = defaultdict(lambda: defaultdict(list))
    for _scheme, outcome, outcome_label, plan, type_, item, ref, label, line in rows:
        assert outcome is not None and outcome_label is not None and plan is not None
        assert type_ is not None and item is not None and label is not None
        labels[outcome.value] = outcome_label.value
        if plan.value in wanted:
            cells[outcome.value][plan.value].append(
                ComparedItem(item.value, type_.value, term_text(ref), label.value, term_int(line))
            )
    return Comparison("outcome", tuple(plans), _rows(labels, cells))


def compare_by_theme(store: Store, plans: list[PlanRef]) -> Comparison:
    """Return each plan's priorities, actions and indicators under each theme any of them carries."""
    wanted = {p.iri for p in plans}
    labels: dict[str, str] = {}
    cells: dict[str, dict[str, list[ComparedItem]]] = defaultdict(lambda: defaultdict(list))
    for theme, theme_label, plan, type_, item, ref, label, line in store.query(
        named_queries()["theme-items-all"].text
    ).rows:
        assert theme is not None and theme_label is not None and plan is not None
        assert type_ is not None and item is not None and label is not None
        if plan.value in wanted:
            labels[theme.value] = theme_label.value
            cells[theme.value][plan.value].append(
                ComparedItem(item.value, type_.value, term_text(ref), label.value, term_int(line))
            )
    return Comparison("theme", tuple(plans), _rows(labels, cells))


def compare_by_indicator(store: Store, plans: list[PlanRef], *, with_observations: bool = True) -> Comparison:
    """Return, per national indicator (crosswalk equivalents as one) tracked by two or more of ``plans``,
    each plan's indicators with their outturns and targets by period.

    The indicators' codes and values are read from the plans' analytics
    (:mod:`~councilkg.analysis.analytics`) when every plan has them, and computed from the plans
    otherwise (a store another tool loaded). ``with_observations=False`` leaves each item's
    ``observations`` empty (its ``detail`` says them as text): all a table needs, and less to read.
    """
    wanted = {p.iri for p in plans}
    representative = equivalence_classes(store)
    stored = read_indicator_summaries(store, wanted)
    if len(stored) != len(wanted):  # analytics kept by a version without the summaries' table
        stored = {iri: figures.indicators for iri, figures in read_analytics(store, wanted).items()}
    codes: list[IndicatorCode]
    if len(stored) == len(wanted):
        summaries = [code for iri in sorted(wanted) for code in stored[iri]]
        details_of = {code.indicator: code.observed for code in summaries}
        codes = list(summaries)
    else:
        codes = indicator_codes(store, wanted)
        details_of = None
    notations: dict[str, set[str]] = defaultdict(set)
    linked: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    found: dict[str, tuple[str | None, str, int | None]] = {}
    for code in codes:
        found[code.indicator] = (code.ref, code.label, code.line)
        key = representative.get(code.concept, code.concept)
        notations[key].add(code.notation)
        linked[key][code.plan].add(code.indicator)
    labels = {key: " = ".join(sorted(notations[key])) for key, by_plan in linked.items() if len(by_plan) > 1}
    shown = {i for key in labels for indicators in linked[key].values() for i in indicators}
    observed: dict[str, tuple[Observation, ...]] = {}
    if with_observations or details_of is None:
        # The observations of the indicators shown only, unless they are most of the store's.
        observed = (
            observations_of(store, shown) if len(wanted) <= SCOPED_PLANS else observations_by_indicator(store)
        )
    details = {
        iri: ComparedItem(
            iri,
            "Indicator",
            ref,
            label,
            line,
            details_of[iri] if details_of is not None else observed_text(observed.get(iri, ())),
            observed.get(iri, ()) if with_observations else (),
        )
        for iri, (ref, label, line) in found.items()
    }
    cells: dict[str, dict[str, list[ComparedItem]]] = defaultdict(lambda: defaultdict(list))
    for key in labels:
        for plan_iri, indicators in linked[key].items():
            cells[key][plan_iri] = sorted(
                (details[i] for i in indicators), key=lambda i: (i.ref or "", i.label)
            )
    return Comparison("indicator", tuple(plans), _rows(labels, cells))
