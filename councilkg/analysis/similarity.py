"""How alike plans are: Jaccard similarity over the plan–theme or plan–indicator bipartite graph.

Each plan is linked to the themes its items carry, or to the national indicators it tracks; for
indicators, concepts the crosswalk declares equivalent (exact or close match) count as one. Two
plans' similarity is the share of their linked features they have in common (networkx's
``jaccard_coefficient`` over the bipartite graph).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Literal

import networkx as nx

from councilkg.analysis.lookup import PlanRef
from councilkg.queries import named_queries
from councilkg.store.base import Store

SimilarityBy = Literal["theme", "indicator"]


@dataclass(frozen=True)
class PlanPair:
    """The similarity of two plans and what they share."""

    first: PlanRef
    second: PlanRef
    jaccard: float
    shared: tuple[str, ...]
    """Labels of the features both plans have."""
    union: int

    def to_dict(self) -> dict[str, Any]:
        """Return the pair as a JSON-ready dict."""
        return {
            "first": self.first.name,
            "second": self.second.name,
            "jaccard": round(self.jaccard, 4),
            "shared": list(self.shared),
            "union": self.union,
        }


def equivalence_classes(store: Store) -> dict[str, str]:
    """Return each crosswalked concept's representative: the smallest IRI of its exact/close-match group."""
    matches = nx.Graph()
    for a, b, _match in store.query(named_queries()["indicator-equivalences"].text).rows:
        assert a is not None and b is not None
        matches.add_edge(a.value, b.value)
    return {node: min(group) for group in nx.connected_components(matches) for node in group}


def plan_features(store: Store, by: SimilarityBy) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Return each plan's features (plan IRI → theme IRIs, or representative indicator concepts).

    Returns:
        The features of each plan, and a display label for each feature (a theme's name; the
        notations of an indicator group, e.g. "NI 65 = PAF A3").
    """
    features: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, set[str]] = defaultdict(set)
    if by == "theme":
        for plan, theme, label, _items in store.query(named_queries()["plan-themes"].text).rows:
            assert plan is not None and theme is not None and label is not None
            features[plan.value].add(theme.value)
            labels[theme.value].add(label.value)
    else:
        representative = equivalence_classes(store)
        for plan, concept, notation, _via, *_indicator in store.query(
            named_queries()["plan-indicator-codes"].text
        ).rows:
            assert plan is not None and concept is not None and notation is not None
            feature = representative.get(concept.value, concept.value)
            features[plan.value].add(feature)
            labels[feature].add(notation.value)
    return dict(features), {feature: " = ".join(sorted(names)) for feature, names in labels.items()}


def bipartite_graph(features: dict[str, set[str]]) -> nx.Graph:
    """Return the plan–feature bipartite graph (node attribute ``bipartite``: 0 plans, 1 features)."""
    graph = nx.Graph()
    for plan, linked in features.items():
        graph.add_node(plan, bipartite=0)
        for feature in linked:
            graph.add_node(feature, bipartite=1)
            graph.add_edge(plan, feature)
    return graph


def plan_similarity(store: Store, plans: list[PlanRef], by: SimilarityBy) -> list[PlanPair]:
    """Return every pair of ``plans`` with its Jaccard similarity, most similar first.

    Args:
        store: the store to read.
        plans: the plans to compare.
        by: compare the themes the plans address, or the national indicators they track.
    """
    features, names = plan_features(store, by)
    graph = bipartite_graph({p.iri: features.get(p.iri, set()) for p in plans})
    pairs = [(a, b) for a, b in itertools.combinations(plans, 2)]
    scores = {
        (a, b): score for a, b, score in nx.jaccard_coefficient(graph, [(p.iri, q.iri) for p, q in pairs])
    }
    result = []
    for first, second in pairs:
        shared = features.get(first.iri, set()) & features.get(second.iri, set())
        union = features.get(first.iri, set()) | features.get(second.iri, set())
        result.append(
            PlanPair(
                first,
                second,
                scores[(first.iri, second.iri)] if union else 0.0,
                tuple(sorted(names.get(f, f) for f in shared)),
                len(union),
            )
        )
    return sorted(result, key=lambda pair: (-pair.jaccard, pair.first.name, pair.second.name))
