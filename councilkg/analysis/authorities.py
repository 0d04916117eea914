"""The authorities a store knows, each with its ONS code and the plans of it that are loaded."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from councilkg.analysis.lookup import PlanRef, plans_in
from councilkg.queries import named_queries
from councilkg.store.base import Store
from councilkg.store.terms import term_text


@dataclass(frozen=True)
class AuthorityPlans:
    """An authority (a council) and its loaded plans."""

    iri: str
    label: str
    gss: str | None
    plans: tuple[PlanRef, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """Return the authority and its plans as JSON-ready data."""
        return {
            "iri": self.iri,
            "label": self.label,
            "gss": self.gss,
            "plans": [
                {
                    "iri": plan.iri,
                    "name": plan.name,
                    "title": plan.title,
                    "start_year": plan.start_year,
                    "end_year": plan.end_year,
                }
                for plan in self.plans
            ],
        }


def authorities(store: Store) -> list[AuthorityPlans]:
    """Return every authority the store knows (those with plans and the shipped ones), sorted by label,
    each with its loaded plans sorted by start year and title."""
    plans = {plan.iri: plan for plan in plans_in(store)}
    found: dict[str, tuple[str, str | None, list[PlanRef]]] = {}
    for authority, label, gss, plan, *_rest in store.query(named_queries()["authorities"].text).rows:
        if authority is None or label is None:
            continue
        entry = found.setdefault(authority.value, (label.value, term_text(gss), []))
        if plan is not None and plan.value in plans and plans[plan.value] not in entry[2]:
            entry[2].append(plans[plan.value])
    return sorted(
        (
            AuthorityPlans(
                iri, label, gss, tuple(sorted(listed, key=lambda p: (p.start_year or 0, p.title, p.iri)))
            )
            for iri, (label, gss, listed) in found.items()
        ),
        key=lambda a: (a.label.casefold(), a.iri),
    )
