"""One indicator across authorities and years: its observations and those of its crosswalk matches.

``indicator_series`` follows the crosswalk from a national concept (``NI 65``) or a plan's own
indicator to every plan indicator measuring the same thing, with the match type, and reads each
one's outturns, targets and comparators; :func:`councilkg.views.plots.plot_series` draws them over
time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from councilkg.analysis.lookup import find_items, plans_in
from councilkg.analysis.similarity import equivalence_classes
from councilkg.errors import LookupFailedError
from councilkg.ontology.mint import national_indicator_iri
from councilkg.queries import named_queries
from councilkg.queries.sparqltext import with_values
from councilkg.store.base import Store
from councilkg.store.terms import term_int, term_text
from councilkg.text import national_codes_in


@dataclass(frozen=True)
class Observation:
    """One printed value of an indicator."""

    measure: str
    period: str | None
    value: float | None
    raw: str
    unit: str | None
    group: str | None
    line: int | None


@dataclass(frozen=True)
class IndicatorSeries:
    """A plan's indicator linked to the one asked about, and its observations."""

    indicator: str
    plan: str
    authority: str
    plan_short: str
    """E.g. "Lambeth 2007-10"."""
    ref: str | None
    label: str
    match: str
    """"direct", "exactMatch", "closeMatch" or "relatedMatch"."""
    via: str
    basis: str | None
    observations: tuple[Observation, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the series as JSON-ready data."""
        return {
            "indicator": self.indicator,
            "plan": self.plan,
            "authority": self.authority,
            "plan_short": self.plan_short,
            "ref": self.ref,
            "label": self.label,
            "match": self.match,
            "via": self.via,
            "basis": self.basis,
            "observations": [o.__dict__ for o in self.observations],
        }


def resolve_indicator(store: Store, text: str) -> str:
    """Return the IRI ``text`` names: a national code ("NI 65", "PAF A3") or one plan indicator.

    Raises:
        LookupFailedError: no indicator, or several plan indicators, match.
    """
    codes = national_codes_in(text)
    if len(codes) == 1 and len(text.split()) <= 2:
        return str(national_indicator_iri(*codes[0]))
    items = [i for i in find_items(store, text) if i.type == "Indicator"]
    if len(items) == 1:
        return items[0].iri
    if not items:
        raise LookupFailedError(
            f"no indicator {text!r}; give a national code (NI 65, BVPI 49, PAF C68), a plan's reference "
            "(RI.56) or words of its label"
        )
    listed = "; ".join(i.candidate() for i in items[:8])
    more = f"; and {len(items) - 8} more" if len(items) > 8 else ""
    raise LookupFailedError(
        f"{text!r} matches {len(items)} indicators: {listed}{more}; give one's id or its reference"
    )


def indicator_series(store: Store, code: str) -> list[IndicatorSeries]:
    """Return every plan indicator linked to ``code`` (an IRI), best match first, with its observations."""
    plan_of = {p.title: p for p in plans_in(store)}
    rows = store.query(named_queries()["indicator-matches"].text, {"code": ox.NamedNode(code)}).rows
    series: dict[str, IndicatorSeries] = {}
    for _code, match, via, plan, ref, label, indicator, basis in rows:
        assert match is not None and via is not None and plan is not None
        assert label is not None and indicator is not None
        if indicator.value in series:
            continue
        series[indicator.value] = IndicatorSeries(
            indicator.value,
            plan.value,
            plan_of[plan.value].authority if plan.value in plan_of else "",
            plan_of[plan.value].short if plan.value in plan_of else plan.value,
            term_text(ref),
            label.value,
            match.value,
            via.value,
            term_text(basis),
            indicator_observations(store, indicator.value),
        )
    return list(series.values())


def indicator_observations(store: Store, indicator: str) -> tuple[Observation, ...]:
    """Return every outturn, target and comparator printed for one plan indicator, by period."""
    return observations_by_indicator(store, ox.NamedNode(indicator)).get(indicator, ())


SCOPED_PLANS = 24
"""Up to this many plans, a comparison asks about each plan rather than reading every plan in the store."""


@dataclass(frozen=True)
class IndicatorCode:
    """A plan's indicator and a national concept it carries: by its code or through the crosswalk."""

    plan: str
    concept: str
    notation: str
    indicator: str
    ref: str | None
    label: str
    line: int | None


def indicator_codes(store: Store, plans: Iterable[str]) -> list[IndicatorCode]:
    """Return the national concepts (NI, BVPI, PAF) the indicators of ``plans`` (IRIs) carry, directly
    or through the crosswalk: one row per indicator and concept (the named query ``plan-indicator-codes``).

    Up to :data:`SCOPED_PLANS` plans are asked about one by one; more read every plan's rows.
    """
    wanted = set(plans)
    codes = named_queries()["plan-indicator-codes"].text
    if len(wanted) <= SCOPED_PLANS:  # a few plans of a large store: ask about each
        rows = [row for iri in sorted(wanted) for row in store.query(codes, {"plan": ox.NamedNode(iri)}).rows]
    else:
        rows = list(store.query(codes).rows)
    found: dict[tuple[str, str, str, str], IndicatorCode] = {}
    for plan, concept, notation, _via, indicator, ref, label, line in rows:
        assert plan is not None and concept is not None and notation is not None and indicator is not None
        assert label is not None
        if plan.value in wanted:
            code = IndicatorCode(
                plan.value,
                concept.value,
                notation.value,
                indicator.value,
                term_text(ref),
                label.value,
                term_int(line),
            )
            found.setdefault((code.plan, code.indicator, code.concept, code.notation), code)
    return list(found.values())


def observed_text(observations: Iterable[Observation]) -> str:
    """Return e.g. "2006/07 outturn 12.5; 2007/08 target 12.5" (comparators left out)."""
    parts = [
        f"{o.period or '?'} {o.measure.lower()} {o.raw}"
        for o in observations
        if o.measure in ("Outturn", "Target") and o.group is None
    ]
    return "; ".join(parts) or "no values printed"


def observations_by_indicator(
    store: Store, indicator: ox.NamedNode | None = None
) -> dict[str, tuple[Observation, ...]]:
    """Return the observations of one indicator (or, with none given, of every indicator) by indicator IRI."""
    bindings = {"indicator": indicator} if indicator is not None else None
    return _by_indicator(store.query(named_queries()["indicator-observations"].text, bindings).rows)


def observations_of(store: Store, indicators: Iterable[str]) -> dict[str, tuple[Observation, ...]]:
    """Return the observations of the indicators ``indicators`` (IRIs) by indicator IRI, in one query.

    Much less to read than :func:`observations_by_indicator` of every indicator when a large store
    holds many plans and only some plans' indicators are wanted.
    """
    wanted = set(indicators)
    if not wanted:
        return {}
    text = with_values(named_queries()["indicator-observations"].text, "indicator", wanted)
    return _by_indicator(store.query(text).rows)


def _by_indicator(rows: Iterable[tuple[Any, ...]]) -> dict[str, tuple[Observation, ...]]:
    found: dict[str, list[Observation]] = {}
    for iri, measure, period, value, raw, unit, group, line in rows:
        if iri is None or measure is None or raw is None:
            continue
        found.setdefault(iri.value, []).append(
            Observation(
                measure.value,
                term_text(period),
                float(value.value) if value is not None else None,
                raw.value,
                term_text(unit),
                term_text(group),
                term_int(line),
            )
        )
    return {iri: tuple(observations) for iri, observations in found.items()}


@dataclass(frozen=True)
class NationalCodes:
    """The national indicators plan indicators carry, crosswalk equivalents as one concept."""

    by_indicator: dict[str, frozenset[str]]
    """Each plan indicator's IRI → the representative concepts of its codes (see
    :func:`~councilkg.analysis.similarity.equivalence_classes`)."""
    notations: dict[str, str]
    """Each representative concept → its group's notations, e.g. ``"BVPI 197 = NI 112"``."""


def national_codes(store: Store, plans: Iterable[str] | None = None) -> NationalCodes:
    """Return the national codes of the indicators of ``plans`` (IRIs; ``None``: every plan), directly
    or through the crosswalk, read with one query per plan when plans are given."""
    representative = equivalence_classes(store)
    text = named_queries()["plan-indicator-codes"].text
    if plans is None:
        rows = list(store.query(text).rows)
    else:
        rows = [
            row for iri in sorted(set(plans)) for row in store.query(text, {"plan": ox.NamedNode(iri)}).rows
        ]
    by_indicator: dict[str, set[str]] = defaultdict(set)
    names: dict[str, set[str]] = defaultdict(set)
    for _plan, concept, notation, _via, indicator, *_rest in rows:
        assert concept is not None and notation is not None and indicator is not None
        key = representative.get(concept.value, concept.value)
        by_indicator[indicator.value].add(key)
        names[key].add(notation.value)
    return NationalCodes(
        {iri: frozenset(keys) for iri, keys in by_indicator.items()},
        {key: " = ".join(sorted(found)) for key, found in names.items()},
    )
