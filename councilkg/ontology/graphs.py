"""The named graphs of a councilkg store, and the dataset rule: which graphs a query sees.

A store holds, as named graphs:

- one graph per plan, named by the plan's IRI (``id:plan/...``);
- :data:`REFERENCE_GRAPH`, the shared reference data (frameworks, authorities, people, posts,
  indicator sets, the crosswalk): the merge of hidden *contribution* graphs, one per plan
  (:func:`contribution_graph`) and :data:`STATIC_CONTRIBUTION` for the data the package ships;
- :data:`ONTOLOGY_GRAPH`, the councilkg ontology itself;
- private graphs under :data:`PRIVATE_GRAPH_PREFIX`, one per authority's appraisal objectives
  (:func:`appraisal_graph_iri`);
- hidden *derived* graphs under :data:`DERIVED_PREFIX`, one per plan (:func:`derived_graph`): the
  plan's analytics (gap counts, thread completeness, indicator summaries) that ``analysis/``
  computes from the store after a write, so that questions about every plan read a few rows each.

The dataset rule: the public graphs are every named graph but the hidden ones (contribution graphs,
derived graphs and, on a SPARQL server, :data:`PUBLIC_GRAPH`) and the private ones. A query's
default graph is the merge of the public graphs, with private graphs added only when asked;
``GRAPH ?g`` sees the same graphs (:func:`visible_graphs`, :func:`private_graphs`). The embedded
store keeps the merge of the public graphs as its default graph; a SPARQL server keeps it in
:data:`PUBLIC_GRAPH`, because a server's default graph is its own business.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import URIRef

from councilkg.ontology.vocab import ID

REFERENCE_GRAPH = ID["graph/reference"]
"""Named graph of shared reference data: frameworks, authorities, people and posts."""

ONTOLOGY_GRAPH = ID["graph/ontology"]
"""Named graph holding the councilkg ontology itself, so queries can read labels of terms."""

PUBLIC_GRAPH = ID["graph/public"]
"""On a server, the merge of the public graphs: what the embedded store keeps as its default graph."""

PRIVATE_GRAPH_PREFIX = str(ID["graph/appraisals/"])
"""The start of every private (appraisal) graph's IRI."""

CONTRIBUTION_PREFIX = str(ID["graph/contribution/"])
"""Hidden graphs, one per plan plus the shipped data, whose merge is the reference graph."""

STATIC_CONTRIBUTION = ID["graph/contribution/shipped"]
"""The hidden graph of the reference data the package ships (the ``ontology/reference/`` Turtle and
the crosswalk)."""


DERIVED_PREFIX = str(ID["graph/derived/"])
"""Hidden graphs, one per plan, of the analytics computed from the store (:func:`derived_graph`)."""

PLAN_PREFIX = str(ID["plan/"])
"""The start of every plan's IRI (and so of its graph's name): ``id:plan/<authority>/<plan>``."""


def contribution_graph(plan: URIRef) -> URIRef:
    """Return the hidden graph holding a plan's share of the reference graph.

    Example:
        >>> str(contribution_graph(ID["plan/lambeth/cypp-2010"]))
        'https://w3id.org/councilkg/id/graph/contribution/plan/lambeth/cypp-2010'
    """
    return URIRef(CONTRIBUTION_PREFIX + str(plan).removeprefix(str(ID)))


def derived_graph(plan: str) -> URIRef:
    """Return the hidden graph of a plan's analytics, ``id:graph/derived/plan/<authority>/<plan>``.

    Example:
        >>> str(derived_graph(str(ID["plan/lambeth/cypp-2010"])))
        'https://w3id.org/councilkg/id/graph/derived/plan/lambeth/cypp-2010'
    """
    return URIRef(DERIVED_PREFIX + str(plan).removeprefix(str(ID)))


def derived_plan(graph: str) -> str | None:
    """Return the plan IRI a derived graph's IRI names (:func:`derived_graph`'s inverse), else ``None``.

    Example:
        >>> plan = str(ID["plan/lambeth/cypp-2010"])
        >>> derived_plan(str(derived_graph(plan))) == plan, derived_plan(plan)
        (True, None)
    """
    return str(ID) + graph.removeprefix(DERIVED_PREFIX) if graph.startswith(DERIVED_PREFIX) else None


def derived_scope(plan: str) -> str:
    """Return the start of the derived graphs a write of ``plan`` can make stale: those of every plan
    of its authority, whose posts, units and partners (minted per authority) its items share.

    Example:
        >>> derived_scope(str(ID["plan/lambeth/cypp-2010"])).removeprefix(DERIVED_PREFIX)
        'plan/lambeth/'
    """
    return str(derived_graph(plan)).rsplit("/", 1)[0] + "/"


def is_plan_graph(name: str) -> bool:
    """Return whether ``name`` is a plan's graph (the plan's IRI, ``id:plan/<authority>/<plan>``)."""
    return str(name).startswith(PLAN_PREFIX)


def appraisal_graph_iri(authority: str) -> URIRef:
    """Return the private graph of an authority's appraisal objectives, ``id:graph/appraisals/<slug>``.

    Example:
        >>> str(appraisal_graph_iri("lambeth"))
        'https://w3id.org/councilkg/id/graph/appraisals/lambeth'
    """
    return URIRef(PRIVATE_GRAPH_PREFIX + authority)


def is_private_graph(name: str) -> bool:
    """Return whether ``name`` is a private (appraisal) graph's IRI: the prefix and an authority after it.

    Example:
        >>> is_private_graph(PRIVATE_GRAPH_PREFIX + "lambeth"), is_private_graph(PRIVATE_GRAPH_PREFIX)
        (True, False)
    """
    return str(name).startswith(PRIVATE_GRAPH_PREFIX) and len(str(name)) > len(PRIVATE_GRAPH_PREFIX)


def is_hidden_graph(name: str) -> bool:
    """Return whether a named graph is kept by the store for itself, never listed or queried by name."""
    return (
        str(name).startswith(CONTRIBUTION_PREFIX)
        or str(name).startswith(DERIVED_PREFIX)
        or str(name) == str(PUBLIC_GRAPH)
    )


def visible_graphs(names: Iterable[str], include_private: bool = False) -> list[URIRef]:
    """Return the graphs a query sees among a store's named graphs, sorted: the public ones, and the
    private ones when ``include_private``.

    Example:
        >>> names = [str(REFERENCE_GRAPH), str(PUBLIC_GRAPH), PRIVATE_GRAPH_PREFIX + "lambeth"]
        >>> [g.rsplit("/", 1)[-1] for g in visible_graphs(names)]
        ['reference']
    """
    return [
        URIRef(name)
        for name in sorted(str(n) for n in names)
        if not is_hidden_graph(name) and (include_private or not name.startswith(PRIVATE_GRAPH_PREFIX))
    ]


def reached_graphs(visible: Iterable[str], graphs: Iterable[str] | None) -> list[str]:
    """Return the visible graphs a query may reach by ``GRAPH``: all of them, or those of ``graphs``
    (the few a caller reads; never one it may not see).

    Example:
        >>> reached_graphs(["g1", "g2"], None), reached_graphs(["g1", "g2"], ["g2", "hidden"])
        (['g1', 'g2'], ['g2'])
    """
    wanted = None if graphs is None else set(graphs)
    return [str(g) for g in visible if wanted is None or str(g) in wanted]


def private_graphs(visible: Iterable[str]) -> list[str]:
    """Return the private graphs among the visible ones: what a query's default graph adds to the
    merge of the public graphs."""
    return [str(g) for g in visible if str(g).startswith(PRIVATE_GRAPH_PREFIX)]
