"""Themes read back from the store: a theme a user names, and how many of each plan's items have one."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import URIRef

from councilkg.errors import LookupFailedError, QueryError
from councilkg.ontology.themes import theme_iri, theme_labels, theme_names
from councilkg.queries import named_queries, parse_term
from councilkg.store.base import Store


def find_theme(name: str) -> URIRef:
    """Return the IRI of the theme a user names by key, IRI (``id:theme/...`` too) or label, any case.

    Preferred and alternative labels of ``themes.ttl`` both count ("NEET", "Children in care").

    Raises:
        LookupFailedError: no theme has that key, IRI or label.

    Example:
        >>> find_theme("Children in care") == theme_iri("looked-after-children")
        True
    """
    wanted = name.strip()
    try:
        term = parse_term(wanted)  # <iri> or id:theme/...; other text comes back as a literal
    except QueryError:
        term = None
    if isinstance(term, ox.NamedNode):
        wanted = term.value
    key = theme_names().get(wanted.removeprefix(str(theme_iri(""))).casefold())
    if key is None:
        raise LookupFailedError(f"no theme {name!r}; use a theme key: {', '.join(theme_labels())}")
    return theme_iri(key)


@dataclass(frozen=True)
class ThemeCoverage:
    """How many of a plan's items of one kind there are, and how many have at least one theme."""

    plan: URIRef
    kind: str
    items: int
    themed: int

    @property
    def share(self) -> float:
        """The themed share of the items, from 0 to 1 (0 for none)."""
        return self.themed / self.items if self.items else 0.0


def theme_coverage(store: Store) -> list[ThemeCoverage]:
    """Return, per plan and kind (Priority, Action, Indicator), how many items have a theme.

    A project counts as an action. Sorted by plan and kind.
    """
    rows = store.query(named_queries()["themes-coverage"].text).rows
    coverage: list[ThemeCoverage] = []
    for plan, kind, items, themed in rows:
        if isinstance(plan, ox.NamedNode) and kind is not None and items is not None and themed is not None:
            coverage.append(
                ThemeCoverage(URIRef(plan.value), kind.value, int(items.value), int(themed.value))
            )
    return coverage
