"""Did authorities hit their targets: each target a plan sets, against the outturn a later plan reports.

A target is a plan's value for an indicator and a period. Its outturn is the value a *later* plan of
the same authority (one starting in a later year) prints as the outturn of the same indicator for the
same period: the same national indicator (crosswalk equivalents count as one), or, for an indicator
with no national code, the same wording. When several later plans print one, the latest plan's is
used. The target is *met* when the outturn is at or beyond it in the good direction, *missed*
otherwise, and there is *no data* when no later plan prints a numeric outturn (or the target is not a
number).

Which direction is good comes from the data: ``ckg:lowerIsBetter`` on the national indicator
(from the indicator's definition); else the plan's own target against its latest earlier outturn
(a target below the baseline means the plan wants the figure down); else a higher figure is taken to
be better, and :attr:`TargetCheck.direction_basis` says so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import pyoxigraph as ox

from councilkg.analysis.compare import SCOPED_PLANS
from councilkg.analysis.indicators import national_codes
from councilkg.analysis.lookup import PlanRef, normalise_name, plans_in
from councilkg.analysis.similarity import equivalence_classes
from councilkg.queries import named_queries
from councilkg.store.base import Store
from councilkg.store.terms import term_int, term_text

TargetStatus = Literal["met", "missed", "no data"]
TARGET_STATUSES: tuple[TargetStatus, ...] = ("met", "missed", "no data")
"""What became of a target, in the order they are reported."""


@dataclass(frozen=True)
class _Value:
    """One printed target or outturn (a row of the ``target-outturn-values`` query)."""

    authority_iri: str
    authority: str
    plan: str
    start: int | None
    indicator: str
    ref: str | None
    label: str
    measure: str
    period: str
    value: float | None
    raw: str
    unit: str | None
    line: int | None


@dataclass(frozen=True)
class TargetCheck:
    """One target of one plan, and the outturn a later plan of the same authority reports for it."""

    authority: str
    plan: PlanRef
    indicator: str
    ref: str | None
    label: str
    period: str
    target: float | None
    target_raw: str
    unit: str | None
    line: int | None
    status: TargetStatus
    note: str
    """Why there is no data, or which way is good and how the outturn compares."""
    lower_is_better: bool
    direction_basis: str
    """Where the direction comes from, in words."""
    direction_source: Literal["definition", "baseline", "assumed"]
    """Where the direction comes from: the national indicator's definition, the plan's own
    baseline, or an assumption."""
    outturn: float | None = None
    outturn_raw: str | None = None
    outturn_plan: PlanRef | None = None
    outturn_indicator: str | None = None
    outturn_line: int | None = None
    matched_by: str = ""
    """How the later plan's indicator was matched: ``"national code NI 62"`` or ``"same wording"``."""

    def to_dict(self) -> dict[str, Any]:
        """Return the check as JSON-ready data."""
        return {
            "authority": self.authority,
            "plan": self.plan.name,
            "indicator": self.indicator,
            "ref": self.ref,
            "label": self.label,
            "period": self.period,
            "target": self.target,
            "target_raw": self.target_raw,
            "unit": self.unit,
            "line": self.line,
            "status": self.status,
            "note": self.note,
            "lower_is_better": self.lower_is_better,
            "direction_basis": self.direction_basis,
            "direction_source": self.direction_source,
            "outturn": self.outturn,
            "outturn_raw": self.outturn_raw,
            "outturn_plan": self.outturn_plan.name if self.outturn_plan else None,
            "outturn_indicator": self.outturn_indicator,
            "outturn_line": self.outturn_line,
            "matched_by": self.matched_by or None,
        }


def _values(store: Store, plans: list[str] | None) -> list[_Value]:
    """Return the targets and outturns of ``plans`` (IRIs; ``None``: every plan), one query per plan
    when plans are given."""
    text = named_queries()["target-outturn-values"].text
    if plans is None:
        rows = list(store.query(text).rows)
    else:
        rows = [row for iri in plans for row in store.query(text, {"plan": ox.NamedNode(iri)}).rows]
    values = []
    for (
        authority_iri,
        authority,
        plan,
        start,
        indicator,
        ref,
        label,
        measure,
        period,
        value,
        raw,
        unit,
        line,
    ) in rows:
        assert (
            authority_iri is not None
            and authority is not None
            and plan is not None
            and indicator is not None
            and label is not None
        )
        assert measure is not None and period is not None and raw is not None
        values.append(
            _Value(
                authority_iri.value,
                authority.value,
                plan.value,
                int(start.value[:4]) if start is not None and start.value[:4].isdigit() else None,
                indicator.value,
                term_text(ref),
                label.value,
                measure.value,
                period.value,
                float(value.value) if value is not None else None,
                raw.value,
                term_text(unit),
                term_int(line),
            )
        )
    return values


def _directions(store: Store) -> dict[str, bool]:
    """Return the direction each national concept's definition states (``True``: lower is better),
    keyed by the representative of its crosswalk group; a group whose members disagree is left out."""
    representative = equivalence_classes(store)
    stated: dict[str, set[bool]] = defaultdict(set)
    for concept, _notation, lower in store.query(named_queries()["indicator-directions"].text).rows:
        assert concept is not None and lower is not None
        stated[representative.get(concept.value, concept.value)].add(lower.value == "true")
    return {key: next(iter(found)) for key, found in stated.items() if len(found) == 1}


def _direction(
    target: _Value,
    codes: frozenset[str],
    notations: dict[str, str],
    directions: dict[str, bool],
    baseline: _Value | None,
) -> tuple[bool, str, Literal["definition", "baseline", "assumed"]]:
    """Return whether lower is better for ``target``'s indicator, and where that comes from (in words
    and in one word)."""
    stated = {directions[code] for code in codes if code in directions}
    if len(stated) == 1:
        lower = next(iter(stated))
        code = next(notations[c] for c in sorted(codes) if c in directions)
        return lower, f"{code}: {'lower' if lower else 'higher'} is better by its definition", "definition"
    if (
        baseline is not None
        and baseline.value is not None
        and target.value is not None
        and target.value != baseline.value
    ):
        lower = target.value < baseline.value
        return (
            lower,
            (
                f"the plan's target is {'below' if lower else 'above'} its {baseline.period} outturn "
                f"({baseline.raw})"
            ),
            "baseline",
        )
    return False, "higher taken to be better (nothing in the data says which way)", "assumed"


def _verdict(target: _Value, outturn: _Value, lower: bool) -> tuple[TargetStatus, str]:
    assert target.value is not None and outturn.value is not None
    met = outturn.value <= target.value if lower else outturn.value >= target.value
    way = "lower" if lower else "higher"
    if outturn.unit and target.unit and outturn.unit != target.unit:
        return "no data", f"the outturn is in {outturn.unit}, the target in {target.unit}"
    return (
        ("met", f"outturn {outturn.raw} against target {target.raw}, {way} is better")
        if met
        else (
            "missed",
            f"outturn {outturn.raw} against target {target.raw}, {way} is better",
        )
    )


def check_targets(store: Store, plans: Sequence[PlanRef]) -> list[TargetCheck]:
    """Return every target ``plans`` set, each checked against a later plan's outturn.

    Args:
        store: the store to read.
        plans: the plans whose targets are checked (outturns are read from every later plan of the
            same authority in the store, chosen or not).

    Returns:
        One check per target (indicator and period), by authority, plan, reference and period.
    """
    plan_of = {p.iri: p for p in (*plans_in(store), *plans)}
    wanted = {p.iri for p in plans}
    # The chosen plans and every other plan of their authorities: where their outturns may be.
    authorities = {p.authority for p in plans}
    scope = sorted(iri for iri, p in plan_of.items() if p.authority in authorities)
    scoped = scope if len(scope) <= SCOPED_PLANS else None
    codes = national_codes(store, scoped)
    keys, notations, directions = codes.by_indicator, codes.notations, _directions(store)
    values = _values(store, scoped)
    outturns: dict[tuple[str, str, str], list[_Value]] = defaultdict(list)
    own_outturns: dict[str, list[_Value]] = defaultdict(list)
    later_plans: dict[str, set[str]] = defaultdict(set)
    for value in values:
        later_plans[value.authority_iri].add(value.plan)
        if value.measure != "Outturn":
            continue
        own_outturns[value.indicator].append(value)
        for key in _match_keys(value, keys):
            outturns[(value.authority_iri, key, value.period)].append(value)
    checks: list[TargetCheck] = []
    seen: set[tuple[str, str]] = set()
    for target in values:
        if (
            target.measure != "Target"
            or target.plan not in wanted
            or (target.indicator, target.period) in seen
        ):
            continue
        seen.add((target.indicator, target.period))
        target_codes = keys.get(target.indicator, frozenset())
        baseline = max(
            (o for o in own_outturns[target.indicator] if o.period < target.period and o.value is not None),
            key=lambda o: o.period,
            default=None,
        )
        lower, basis, source = _direction(target, target_codes, notations, directions, baseline)
        found = [
            (key, outturn)
            for key in _match_keys(target, keys)
            for outturn in outturns.get((target.authority_iri, key, target.period), [])
            if target.start is not None and outturn.start is not None and outturn.start > target.start
        ]
        later = [p for p in later_plans[target.authority_iri] if _starts_after(plan_of.get(p), target.start)]
        numeric = [(key, o) for key, o in found if o.value is not None]
        chosen = max(numeric or found, key=lambda pair: (pair[1].start or 0, pair[1].plan), default=None)
        plan = plan_of[target.plan]
        common = (target.authority, plan, target.indicator, target.ref, target.label, target.period)
        printed = (target.value, target.raw, target.unit, target.line)
        if chosen is None:
            note = (
                f"no later plan of {target.authority} is loaded"
                if not later
                else f"no later plan prints an outturn for {target.period}"
            )
            checks.append(TargetCheck(*common, *printed, "no data", note, lower, basis, source))
            continue
        key, outturn = chosen
        matched_by = f"national code {notations[key]}" if key in notations else "same wording"
        if target.value is None:
            status: TargetStatus = "no data"
            note = f"the target is not a number ({target.raw})"
        elif outturn.value is None:
            status, note = "no data", f"the outturn is not a number ({outturn.raw})"
        else:
            status, note = _verdict(target, outturn, lower)
        checks.append(
            TargetCheck(
                *common,
                *printed,
                status,
                note,
                lower,
                basis,
                source,
                outturn.value,
                outturn.raw,
                plan_of.get(outturn.plan),
                outturn.indicator,
                outturn.line,
                matched_by,
            )
        )
    return sorted(
        checks,
        key=lambda c: (c.authority, c.plan.start_year or 0, c.plan.name, c.line or 0, c.label, c.period),
    )


def _match_keys(value: _Value, keys: dict[str, frozenset[str]]) -> frozenset[str]:
    """Return what identifies an indicator across plans: its national concepts, else its wording."""
    return keys.get(value.indicator) or frozenset({"wording:" + normalise_name(value.label)})


def _starts_after(plan: PlanRef | None, start: int | None) -> bool:
    return plan is not None and plan.start_year is not None and start is not None and plan.start_year > start
