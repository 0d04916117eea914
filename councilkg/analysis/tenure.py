"""Who held a post when: the dated memberships plans state, and the period each plan speaks for.

A plan that names a post's holder states an ``org:Membership`` lasting the plan's period (1 April of
its first year to 31 March of its last), so a person who moves between posts across plan years has a
membership per plan, and "who held it on 1 June 2008" is answered by the plans that cover that day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import pyoxigraph as ox

from councilkg.queries import named_queries
from councilkg.queries.sparqltext import with_values
from councilkg.store.base import Store


@dataclass(frozen=True)
class Tenure:
    """One person's holding of one post, over the period of the plan that states it."""

    person: str
    person_label: str
    post: str
    post_label: str
    plan: str
    begins: date
    ends: date

    def covers(self, day: date) -> bool:
        """Return whether the person held the post on ``day`` (both ends included).

        Example:
            >>> t = Tenure("p", "Ruth Patel", "q", "Head", "plan", date(2007, 4, 1), date(2009, 3, 31))
            >>> t.covers(date(2008, 6, 1)), t.covers(date(2009, 4, 1))
            (True, False)
        """
        return self.begins <= day <= self.ends

    def overlaps(self, begins: date, ends: date) -> bool:
        """Return whether the holding shares at least a day with the period ``begins``–``ends``."""
        return self.begins <= ends and begins <= self.ends

    def describe(self) -> str:
        """Return e.g. ``"Head of Early Help (2007-04-01 to 2009-03-31)"``: the post and its dates."""
        return f"{self.post_label} ({self.begins.isoformat()} to {self.ends.isoformat()})"


def tenures(store: Store, person: str | None = None, post: str | None = None) -> list[Tenure]:
    """Return the dated memberships in the store, earliest first: one person's, one post's, or all.

    Args:
        store: the store to read.
        person: a ``ckg:Person`` IRI, for the posts that person held.
        post: a ``ckg:Post`` IRI, for the people who held that post.

    Returns:
        One :class:`Tenure` per plan that names a holder of a post (a plan naming the same holding
        twice gives one).
    """
    bindings: dict[str, ox.NamedNode] = {}
    if person is not None:
        bindings["person"] = ox.NamedNode(person)
    if post is not None:
        bindings["post"] = ox.NamedNode(post)
    rows = store.query(named_queries()["memberships"].text, bindings or None).rows
    found: dict[tuple[str, str, str], Tenure] = {}
    for person_term, person_label, post_term, post_label, plan, begins, ends in rows:
        assert person_term is not None and person_label is not None and post_term is not None
        assert post_label is not None and plan is not None and begins is not None and ends is not None
        key = (person_term.value, post_term.value, plan.value)
        found.setdefault(
            key,
            Tenure(
                person_term.value,
                person_label.value,
                post_term.value,
                post_label.value,
                plan.value,
                date.fromisoformat(begins.value),
                date.fromisoformat(ends.value),
            ),
        )
    return sorted(found.values(), key=lambda t: (t.begins, t.person_label, t.post_label, t.plan))


def plan_periods(store: Store, plans: Iterable[str] | None = None) -> dict[str, tuple[date, date]]:
    """Return each plan's IRI with the first and last day of its period (plans without one are left
    out), of every plan or of ``plans`` only (a few plans' periods read in a large store)."""
    if plans is not None and not (plans := set(plans)):
        return {}
    rows = store.query(with_values(named_queries()["plan-periods"].text, "plan", plans)).rows
    periods: dict[str, tuple[date, date]] = {}
    for plan, begins, ends in rows:
        assert plan is not None and begins is not None and ends is not None
        periods.setdefault(plan.value, (date.fromisoformat(begins.value), date.fromisoformat(ends.value)))
    return periods
