"""What changed between two plans: priorities, actions and indicators kept, dropped, added and re-worded.

Each item of the earlier plan is matched to at most one item of the same kind in the later plan:
indicators first by national code (crosswalk equivalents count as one code), then any items by their
wording — the weighted overlap of their normalised words (:func:`councilkg.analysis.matches.label_tokens`),
with a lower bar when the two items carry a theme in common. A matched pair is *kept* when its
wording is the same and *re-worded* otherwise; an earlier item left unmatched was *dropped*, a later
one *added*. For a matched pair, the owners each plan names are compared.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Literal

import pyoxigraph as ox
from rdflib import URIRef

from councilkg.analysis.indicators import NationalCodes, national_codes
from councilkg.analysis.lookup import PlanRef, normalise_name
from councilkg.analysis.matches import LabelIndex, label_tokens
from councilkg.queries import named_queries
from councilkg.store.base import Store
from councilkg.store.terms import term_int, term_text

KINDS = ("Priority", "Action", "Indicator")
"""The kinds of item compared, in the order they are reported."""
STATUSES = ("kept", "re-worded", "dropped", "added")
"""What became of an item, in the order they are reported."""
Status = Literal["kept", "re-worded", "dropped", "added"]

MIN_SCORE_SHARED_THEME = 0.3
"""The lowest wording score that matches two items carrying a theme in common."""
MIN_SCORE = 0.5
"""The lowest wording score that matches two items with no theme in common."""


@dataclass(frozen=True)
class PlanItem:
    """A priority, action or indicator of one plan, with what it is matched on."""

    iri: str
    type: str
    ref: str | None
    label: str
    line: int | None
    themes: frozenset[str] = frozenset()
    owners: tuple[tuple[str, str], ...] = ()
    """(IRI, label) of each owner, sorted by label."""
    codes: frozenset[str] = frozenset()
    """Representative national concepts (crosswalk equivalents as one)."""

    def describe(self) -> str:
        """Return e.g. ``"CSKA12 Recruit foster carers"``."""
        return f"{self.ref} {self.label}" if self.ref else self.label

    def to_dict(self) -> dict[str, Any]:
        """Return the item as JSON-ready data."""
        return {
            "iri": self.iri,
            "ref": self.ref,
            "label": self.label,
            "line": self.line,
            "owners": [label for _iri, label in self.owners],
        }


@dataclass(frozen=True)
class Change:
    """What became of one item between two plans.

    ``matched_by`` says how a pair was matched: ``"national code NI 62"``, ``"same wording"``,
    ``"theme and wording"`` or ``"wording"``; empty for a dropped or added item. ``score`` is 1 for
    a code or the same wording, else the wording score (0 to 1); ``None`` when unmatched.
    """

    kind: str
    status: Status
    before: PlanItem | None
    after: PlanItem | None
    matched_by: str = ""
    score: float | None = None
    owners_dropped: tuple[str, ...] = ()
    owners_added: tuple[str, ...] = ()

    @property
    def owners_changed(self) -> bool:
        """Return whether a matched item's owners differ between the two plans."""
        return bool(self.owners_dropped or self.owners_added)

    def to_dict(self) -> dict[str, Any]:
        """Return the change as JSON-ready data."""
        return {
            "kind": self.kind,
            "status": self.status,
            "before": self.before.to_dict() if self.before else None,
            "after": self.after.to_dict() if self.after else None,
            "matched_by": self.matched_by or None,
            "score": self.score,
            "owners_changed": self.owners_changed,
            "owners_dropped": list(self.owners_dropped),
            "owners_added": list(self.owners_added),
        }


@dataclass(frozen=True)
class PlanChanges:
    """Every priority, action and indicator of two plans, as kept, re-worded, dropped or added."""

    before: PlanRef
    after: PlanRef
    changes: tuple[Change, ...]

    def count(self, kind: str, status: str) -> int:
        """Return how many items of ``kind`` have ``status``."""
        return sum(1 for c in self.changes if c.kind == kind and c.status == status)

    def to_dict(self) -> dict[str, Any]:
        """Return the comparison as JSON-ready data: the two plans, counts, then each change."""
        return {
            "before": {"iri": self.before.iri, "name": self.before.name, "title": self.before.title},
            "after": {"iri": self.after.iri, "name": self.after.name, "title": self.after.title},
            "counts": {kind: {status: self.count(kind, status) for status in STATUSES} for kind in KINDS},
            "changes": [change.to_dict() for change in self.changes],
        }


def plan_items(store: Store, plan: str, codes: NationalCodes | None = None) -> list[PlanItem]:
    """Return the priorities, actions and indicators of ``plan`` (an IRI) with themes, owners and codes.

    Args:
        store: the store to read.
        plan: the plan's IRI.
        codes: the national codes of the plan's indicators (:func:`national_codes`), read from the
            store when not given.
    """
    if codes is None:
        codes = national_codes(store, [plan])
    found: dict[str, tuple[str, str | None, str, int | None]] = {}
    themes: dict[str, set[str]] = defaultdict(set)
    owners: dict[str, dict[str, str]] = defaultdict(dict)
    for _plan, type_, item, ref, label, line, theme, owner, owner_label in store.query(
        named_queries()["plan-items"].text, {"plan": ox.NamedNode(plan)}
    ).rows:
        assert type_ is not None and item is not None and label is not None
        found.setdefault(item.value, (type_.value, term_text(ref), label.value, term_int(line)))
        if theme is not None:
            themes[item.value].add(theme.value)
        if owner is not None and owner_label is not None:
            owners[item.value][owner.value] = owner_label.value
    return [
        PlanItem(
            iri,
            type_,
            ref,
            label,
            line,
            frozenset(themes.get(iri, ())),
            tuple(sorted(owners.get(iri, {}).items(), key=lambda pair: (pair[1], pair[0]))),
            codes.by_indicator.get(iri, frozenset()),
        )
        for iri, (type_, ref, label, line) in found.items()
    ]


def _same_wording(a: PlanItem, b: PlanItem) -> bool:
    return normalise_name(a.label) == normalise_name(b.label)


def _candidates(
    before: list[PlanItem], after: list[PlanItem], notations: dict[str, str]
) -> list[tuple[int, float, str, PlanItem, PlanItem]]:
    """Return every acceptable pairing of one kind's items: (rank, score, how, earlier, later).

    A lower rank wins: a shared national code (0) before the same wording (1) before wording alone (2).
    """
    index = LabelIndex({URIRef(item.iri): [item.label] for item in (*before, *after)})
    tokens = {item.iri: label_tokens(item.label) for item in (*before, *after)}
    pairs: list[tuple[int, float, str, PlanItem, PlanItem]] = []
    for a in before:
        for b in after:
            shared_codes = a.codes & b.codes
            if shared_codes:
                names = sorted(notations.get(code, code) for code in shared_codes)
                pairs.append((0, 1.0, f"national code {names[0]}", a, b))
            elif a.codes and b.codes:
                continue  # two indicators coded with different national indicators measure different things
            elif _same_wording(a, b):
                pairs.append((1, 1.0, "same wording", a, b))
            else:
                score = round(index.score(tokens[a.iri], tokens[b.iri]), 3)
                shared_theme = bool(a.themes & b.themes)
                if score >= (MIN_SCORE_SHARED_THEME if shared_theme else MIN_SCORE):
                    pairs.append((2, score, "theme and wording" if shared_theme else "wording", a, b))
    return pairs


def _item_order(item: PlanItem) -> tuple[float, str, str]:
    return (item.line if item.line is not None else float("inf"), item.label, item.iri)


def match_items(before: list[PlanItem], after: list[PlanItem], notations: dict[str, str]) -> list[Change]:
    """Return what became of each item of one kind: matched pairs first, best match first, then the rest.

    Matching is greedy and one-to-one: the best candidate pairing (a shared code, then the same
    wording, then the highest wording score; ties by the earlier plan's order) is taken first.
    """
    pairs = _candidates(before, after, notations)
    pairs.sort(key=lambda p: (p[0], -p[1], _item_order(p[3]), _item_order(p[4])))
    used_before: set[str] = set()
    used_after: set[str] = set()
    changes: list[Change] = []
    for _rank, score, how, a, b in pairs:
        if a.iri in used_before or b.iri in used_after:
            continue
        used_before.add(a.iri)
        used_after.add(b.iri)
        owners_a, owners_b = dict(a.owners), dict(b.owners)
        changes.append(
            Change(
                a.type,
                "kept" if _same_wording(a, b) else "re-worded",
                a,
                b,
                how,
                score,
                tuple(label for iri, label in a.owners if iri not in owners_b),
                tuple(label for iri, label in b.owners if iri not in owners_a),
            )
        )
    changes += [Change(a.type, "dropped", a, None) for a in before if a.iri not in used_before]
    changes += [Change(b.type, "added", None, b) for b in after if b.iri not in used_after]
    return changes


def _change_order(change: Change) -> tuple[int, int, tuple[float, str, str]]:
    item = change.before or change.after
    assert item is not None
    return (KINDS.index(change.kind), STATUSES.index(change.status), _item_order(item))


def plan_changes(store: Store, before: PlanRef, after: PlanRef) -> PlanChanges:
    """Return what became of each priority, action and indicator of ``before`` in ``after``.

    Args:
        store: the store to read.
        before: the earlier plan.
        after: the later plan.

    Returns:
        Every item of both plans once: matched pairs as kept or re-worded (with how they were
        matched, the score and the owners that changed), the rest as dropped or added; by kind,
        status and the order of the plan.
    """
    codes = national_codes(store, [before.iri, after.iri])
    notations = codes.notations
    items_before = plan_items(store, before.iri, codes)
    items_after = plan_items(store, after.iri, codes)
    changes: list[Change] = []
    for kind in KINDS:
        changes += match_items(
            sorted((i for i in items_before if i.type == kind), key=_item_order),
            sorted((i for i in items_after if i.type == kind), key=_item_order),
            notations,
        )
    return PlanChanges(before, after, tuple(sorted(changes, key=_change_order)))
