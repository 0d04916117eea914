"""Who owns what: an owner's items across plans, an item's owners, and the workload of every owner.

Each answer comes from a named query in ``councilkg/queries/`` with the owner, item or plan bound
as a term.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

import pyoxigraph as ox

from councilkg.analysis.lookup import KINDS, Agent, Item
from councilkg.analysis.tenure import Tenure, plan_periods, tenures
from councilkg.queries import named_queries
from councilkg.store.base import Store
from councilkg.store.terms import local_name, term_int, term_text
from councilkg.text import plan_name

ITEM_TYPE_ORDER = ("Priority", "Action", "Project", "Indicator", "Risk", "Contract", "SavingProposal")


def type_rank(item_type: str) -> int:
    return ITEM_TYPE_ORDER.index(item_type) if item_type in ITEM_TYPE_ORDER else len(ITEM_TYPE_ORDER)


@dataclass(frozen=True)
class OwnedItem:
    """One item an owner owns, with every role in which they own it."""

    iri: str
    type: str
    ref: str | None
    label: str
    plan: str
    plan_title: str
    roles: tuple[str, ...]
    via: str | None
    """The post through which a person owns it, or ``None`` when they are named themselves."""
    line: int | None
    due: str | None
    council: str | None = None
    """The name of the plan's council ("Lambeth")."""

    @property
    def plan_name(self) -> str:
        """Return the plan's council and title, e.g. "Lambeth — Children's Directorate Plan 2020/21"."""
        return plan_name(self.council, self.plan_title) or self.plan_title


@dataclass(frozen=True)
class OwnedPeriod:
    """What an owner owns in the plans of one period, with the posts held (or holders) then."""

    begins: date | None
    """The first day of the plans' period, or ``None`` for plans that state none."""
    ends: date | None
    plans: tuple[tuple[str, tuple[OwnedItem, ...]], ...]
    """``(plan name, its items)`` for each plan of the period, in plan-name order."""
    held: tuple[Tenure, ...]
    """A person's posts, or a post's holders, whose dated membership shares a day with the period."""

    @property
    def years(self) -> str | None:
        """Return the period's years, e.g. ``"2007–2010"`` (one year alone when it starts and ends in
        it), or ``None`` for plans with no period.

        Example:
            >>> OwnedPeriod(date(2007, 4, 1), date(2010, 3, 31), (), ()).years
            '2007–2010'
        """
        if self.begins is None or self.ends is None:
            return None
        if self.begins.year == self.ends.year:
            return str(self.begins.year)
        return f"{self.begins.year}–{self.ends.year}"

    def differs(self, tenure: Tenure) -> bool:
        """Return whether ``tenure`` runs other days than the period (its dates are then worth showing)."""
        return (tenure.begins, tenure.ends) != (self.begins, self.ends)


@dataclass(frozen=True)
class OwnerReport:
    """Everything one person or post owns, grouped by plan (or by the plans' period)."""

    owner: Agent
    holders: tuple[str, ...]
    """For a post: who holds it."""
    posts: tuple[str, ...]
    """For a person: the posts they hold."""
    items: tuple[OwnedItem, ...] = field(default=())
    tenures: tuple[Tenure, ...] = field(default=())
    """Dated memberships, earliest first: a person's posts, or a post's holders, plan year by plan year."""
    at: date | None = None
    """The day the report is as of, or ``None`` for every plan year."""
    periods: dict[str, tuple[date, date]] = field(default_factory=dict)
    """The first and last day of each item's plan, by plan IRI (a plan stating no period is absent)."""

    def by_plan(self) -> dict[str, list[OwnedItem]]:
        """Return the items keyed by plan name (council and title), in plan order."""
        grouped: dict[str, list[OwnedItem]] = defaultdict(list)
        for item in self.items:
            grouped[item.plan_name].append(item)
        return dict(grouped)

    def by_year(self) -> list[OwnedPeriod]:
        """Return the items grouped by their plans' period, newest first (by first day, then last),
        plans stating no period last; each with the plans' items by plan name and the dated posts
        (or holders) of that period."""
        grouped: dict[tuple[date, date] | None, dict[str, list[OwnedItem]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for item in self.items:
            grouped[self.periods.get(item.plan)][item.plan_name].append(item)
        dated = sorted((p for p in grouped if p is not None), reverse=True)
        found = []
        for period in [*dated, None] if None in grouped else dated:
            begins, ends = period if period is not None else (None, None)
            held = () if period is None else tuple(t for t in self.tenures if t.overlaps(*period))
            plans = tuple((name, tuple(items)) for name, items in sorted(grouped[period].items()))
            found.append(OwnedPeriod(begins, ends, plans, held))
        return found

    def to_dict(self) -> dict[str, Any]:
        """Return the report as plain JSON-ready data: the owner, then its items plan by plan."""
        return {
            "owner": {
                "iri": self.owner.iri,
                "kind": self.owner.kind,
                "label": self.owner.label,
                "authorities": list(self.owner.authorities),
                "holders": list(self.holders),
                "posts": list(self.posts),
                "tenures": [
                    {
                        "person": t.person_label,
                        "post": t.post_label,
                        "plan": t.plan,
                        "begins": t.begins.isoformat(),
                        "ends": t.ends.isoformat(),
                    }
                    for t in self.tenures
                ],
            },
            "at": self.at.isoformat() if self.at else None,
            "plans": [
                {
                    "plan": items[0].plan,
                    "title": items[0].plan_title,
                    "council": items[0].council,
                    "name": name,
                    "items": [
                        {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(item).items()}
                        for item in items
                    ],
                }
                for name, items in self.by_plan().items()
            ],
        }


def owner_report(store: Store, owner: Agent, plan: str | None = None, at: date | None = None) -> OwnerReport:
    """Return what ``owner`` owns (directly, or through a post they hold), optionally in one plan.

    A person owns a post's items only in the plan years they held it, when plans date their holding
    (``org:Membership``): someone who moves between posts is followed from one to the next.

    Args:
        store: the store to read.
        owner: the person, post, unit or partner.
        plan: keep only this plan's items (an IRI).
        at: as of this day: only items of plans whose period covers it, a person's posts and a post's
            holders on that day.

    Returns:
        The owner's items by plan, with the posts they held (or who held the post) and the dates.
    """
    rows = store.query(named_queries()["owned-items"].text, {"owner": ox.NamedNode(owner.iri)}).rows
    held = _dated_tenures(store, owner)
    periods = plan_periods(store, {str(term_text(row[9])) for row in rows})
    roles: dict[str, set[str]] = defaultdict(set)
    details: dict[str, OwnedItem] = {}
    for _owner, plan_title, council, type_, ref, label, role, via, item, plan_iri, line, due, holder in rows:
        assert item is not None and plan_iri is not None and plan_title is not None
        assert type_ is not None and label is not None and role is not None and via is not None
        assert holder is not None
        if plan is not None and plan_iri.value != plan:
            continue
        period = periods.get(plan_iri.value)
        if at is not None and (period is None or not period[0] <= at <= period[1]):
            continue
        through = None if via.value == "direct" else via.value
        if through is not None and not _held_then(held, holder.value, period, at):
            continue
        roles[item.value].add(role.value)
        known = details.get(item.value)
        if known is None or (known.via is not None and through is None):  # named themselves wins
            details[item.value] = OwnedItem(
                item.value,
                type_.value,
                term_text(ref),
                label.value,
                plan_iri.value,
                plan_title.value,
                (),
                through,
                term_int(line),
                term_text(due),
                term_text(council),
            )
    items = [OwnedItem(**{**asdict(d), "roles": tuple(sorted(roles[iri]))}) for iri, d in details.items()]
    items.sort(key=lambda i: (i.plan_name, type_rank(i.type), i.line or 0, i.ref or "", i.label))
    if at is None:
        holders, posts = _holders_and_posts(store, owner)
    else:
        on_the_day = [t for t in held if t.covers(at)]
        holders = tuple(sorted({t.person_label for t in on_the_day if t.post == owner.iri}))
        posts = tuple(sorted({t.post_label for t in on_the_day if t.person == owner.iri}))
    used = {item.plan for item in items}
    dated = {iri: period for iri, period in periods.items() if iri in used}
    return OwnerReport(owner, holders, posts, tuple(items), tuple(held), at, dated)


def _dated_tenures(store: Store, owner: Agent) -> list[Tenure]:
    """Return a person's dated posts or a post's dated holders (nothing for a unit or partner)."""
    if owner.kind == "person":
        return tenures(store, person=owner.iri)
    if owner.kind == "post":
        return tenures(store, post=owner.iri)
    return []


def _held_then(held: list[Tenure], post: str, period: tuple[date, date] | None, at: date | None) -> bool:
    """Return whether a person held ``post`` in the item's plan period (and on ``at``, if given).

    A holding no plan dates (an appraisal's ``org:heldBy``) counts for every plan year, but not as of a day.
    """
    of_post = [t for t in held if t.post == post]
    if not of_post:
        return at is None
    return any((period is None or t.overlaps(*period)) and (at is None or t.covers(at)) for t in of_post)


def _holders_and_posts(store: Store, owner: Agent) -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = store.query(named_queries()["agent-posts"].text, {"agent": ox.NamedNode(owner.iri)}).rows
    holders = sorted({r[2].value for r in rows if r[1] is not None and r[1].value == "holder" and r[2]})
    posts = sorted({r[2].value for r in rows if r[1] is not None and r[1].value == "post" and r[2]})
    return tuple(holders), tuple(posts)


@dataclass(frozen=True)
class ItemOwner:
    """One owner of an item, in the roles a plan gives it."""

    iri: str
    kind: str
    label: str
    roles: tuple[str, ...]
    holders: tuple[str, ...]


def item_owners(store: Store, item: Item, at: date | None = None) -> list[ItemOwner]:
    """Return the owners of ``item``, each with its roles and (for a post) who held it, by label.

    A post's holders are those the plans date to the item's plan period (or, with ``at``, to that
    day); a post no plan dates keeps every holder stated (none as of a day).
    """
    rows = store.query(named_queries()["item-owners"].text, {"item": ox.NamedNode(item.iri)}).rows
    period = plan_periods(store, [item.plan]).get(item.plan) if item.plan else None
    roles: dict[str, set[str]] = defaultdict(set)
    holders: dict[str, set[str]] = defaultdict(set)
    names: dict[str, tuple[str, str]] = {}
    dated: dict[str, list[Tenure]] = {}
    for _item, owner, cls, label, role, holder, holder_label in rows:
        assert owner is not None and cls is not None and label is not None and role is not None
        names[owner.value] = (KINDS[local_name(cls.value)], label.value)
        roles[owner.value].add(role.value)
        if holder is None or holder_label is None:
            continue
        if owner.value not in dated:
            dated[owner.value] = tenures(store, post=owner.value)
        of_holder = [t for t in dated[owner.value] if t.person == holder.value]
        if _held_then(of_holder, owner.value, None if at else period, at):
            holders[owner.value].add(holder_label.value)
    return sorted(
        (
            ItemOwner(iri, kind, label, tuple(sorted(roles[iri])), tuple(sorted(holders[iri])))
            for iri, (kind, label) in names.items()
        ),
        key=lambda o: (o.label.lower(), o.iri),
    )


@dataclass(frozen=True)
class OwnerLoad:
    """How many items of each type one owner owns directly."""

    iri: str
    kind: str
    label: str
    counts: dict[str, int]
    plans: tuple[str, ...]

    @property
    def total(self) -> int:
        """Return the number of items owned, all types together."""
        return sum(self.counts.values())


def owner_loads(store: Store, plan: str | None = None) -> list[OwnerLoad]:
    """Return every owner's item counts by type, heaviest load first (then by name).

    Args:
        store: the store to read.
        plan: count only the items of this plan (an IRI).
    """
    bindings = {"plan": ox.NamedNode(plan)} if plan is not None else None
    rows = store.query(named_queries()["owner-load"].text, bindings).rows
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    plans: dict[str, set[str]] = defaultdict(set)
    names: dict[str, tuple[str, str]] = {}
    for owner, cls, label, plan_iri, type_, items in rows:
        assert owner is not None and cls is not None and label is not None and type_ is not None
        assert plan_iri is not None and items is not None
        names[owner.value] = (KINDS[local_name(cls.value)], label.value)
        counts[owner.value][type_.value] += int(items.value)
        plans[owner.value].add(plan_iri.value)
    loads = [
        OwnerLoad(iri, kind, label, dict(counts[iri]), tuple(sorted(plans[iri])))
        for iri, (kind, label) in names.items()
    ]
    return sorted(loads, key=lambda load: (-load.total, load.label.lower(), load.iri))
