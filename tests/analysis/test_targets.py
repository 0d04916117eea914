"""Targets against later outturns: a synthetic pair with known answers, and the bundled plans."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.pairs import EXPECTED_TARGETS
from councilkg import api
from councilkg.analysis.targets import TargetCheck
from councilkg.errors import LookupFailedError
from councilkg.store.base import Store
from councilkg.store.embedded import EmbeddedStore

ASHBRIDGE_2007 = "ashbridge-cyp-directorate-plan-2007-09"
ASHBRIDGE_2009 = "ashbridge-cyp-directorate-plan-2009-11"


@pytest.fixture(scope="module")
def pair_checks(pair_store_path: Path) -> Iterator[list[TargetCheck]]:
    """Yield the checks of every target of the synthetic pair."""
    with EmbeddedStore.open(pair_store_path, read_only=True) as store:
        yield api.targets(store)


def _by_code(checks: list[TargetCheck], plan: str) -> dict[tuple[str | None, str], TargetCheck]:
    return {(c.ref, c.period): c for c in checks if c.plan.name == plan}


def test_earlier_plans_targets_are_met_missed_or_without_data_as_written(
    pair_checks: list[TargetCheck],
) -> None:
    """Each 2007-09 target gets the status the pair was written with."""
    found = {key: check.status for key, check in _by_code(pair_checks, ASHBRIDGE_2007).items()}
    assert found == EXPECTED_TARGETS


def test_lower_is_better_where_the_definition_says_so(pair_checks: list[TargetCheck]) -> None:
    """NI 62 (placement moves) is better lower: 11.5% against a 12.0% target is met; NI 59 (assessments
    on time) is better higher: 76.0% against 80.0% is missed. Both say the direction came from the
    indicators' definitions."""
    checks = _by_code(pair_checks, ASHBRIDGE_2007)
    ni62, ni59 = checks[("NI 62", "2007/08")], checks[("NI 59", "2007/08")]
    assert (ni62.lower_is_better, ni62.direction_source, ni62.target, ni62.outturn) == (
        True,
        "definition",
        12.0,
        11.5,
    )
    assert ni62.outturn_plan is not None and ni62.outturn_plan.name == ASHBRIDGE_2009
    assert ni62.matched_by == "national code BVPI 49 = NI 62 = PAF A1"
    assert (ni59.lower_is_better, ni59.direction_source, ni59.status) == (False, "definition", "missed")


def test_an_outturn_on_the_target_meets_it(pair_checks: list[TargetCheck]) -> None:
    check = _by_code(pair_checks, ASHBRIDGE_2007)[("NI 112", "2008/09")]
    assert (check.target, check.outturn, check.status) == (40.0, 40.0, "met")


def test_no_data_says_why(pair_checks: list[TargetCheck]) -> None:
    """An empty outturn cell and a dropped indicator: no later outturn for the period; the last plan's
    targets: no later plan at all."""
    earlier = _by_code(pair_checks, ASHBRIDGE_2007)
    assert earlier[("NI 59", "2008/09")].note == "no later plan prints an outturn for 2008/09"
    assert earlier[("NI 87", "2007/08")].outturn is None
    later = _by_code(pair_checks, ASHBRIDGE_2009)
    assert {c.status for c in later.values()} == {"no data"}
    assert later[("NI 117", "2009/10")].note == "no later plan of Ashbridge is loaded"


def test_bundled_plans_share_no_target_period(memory_store: Store) -> None:
    """Lambeth 2020/21 prints no outturn for a period Lambeth 2007-10 set a target for: every bundled
    target has no data, and says why."""
    checks = api.targets(memory_store, ["lambeth"])
    assert checks and {c.status for c in checks} == {"no data"}
    by_plan = {c.plan.name for c in checks}
    assert "lambeth-cyps-service-plan-2007-10" in by_plan
    earlier = [c for c in checks if c.plan.name == "lambeth-cyps-service-plan-2007-10"]
    assert all(c.note.startswith("no later plan prints an outturn for") for c in earlier)


def test_a_plans_own_baseline_gives_the_direction_when_the_definition_does_not(memory_store: Store) -> None:
    """Herefordshire's repeat referrals (CH142): 21.6% in 2007/08, a target of 18% for 2009/10 — the
    plan wants the figure down."""
    checks = api.targets(memory_store, ["herefordshire"])
    check = next(c for c in checks if c.ref == "CH142" and c.period == "2009/10")
    assert (check.lower_is_better, check.direction_source) == (True, "baseline")
    assert "2007/08 outturn (21.6%)" in check.direction_basis


def test_unknown_authority_is_reported(memory_store: Store) -> None:
    with pytest.raises(LookupFailedError, match="or name an authority: Herefordshire, Lambeth, Southwark"):
        api.targets(memory_store, ["Ashbridge"])


def test_the_named_query_agrees_with_the_analysis(pair_store_path: Path) -> None:
    """``target-outturns`` (national codes only, in SPARQL) gives the statuses ``councilkg targets`` gives."""
    with EmbeddedStore.open(pair_store_path, read_only=True) as store:
        rows = api.query(store, "target-outturns").rows
        checks = api.targets(store)
    by_sparql = {
        (row[2].value, row[4].value, row[1].value): row[10].value
        for row in rows
        if row[2] and row[4] and row[1]
    }
    by_python = {(c.ref, c.period, c.plan.title): c.status for c in checks}
    assert by_sparql == by_python


def test_reading_every_plan_gives_what_reading_a_few_gives(
    pair_store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A few plans are read one by one, many in one query over the store: the checks are the same."""
    from councilkg.analysis import targets

    with EmbeddedStore.open(pair_store_path, read_only=True) as store:
        scoped = api.targets(store, [ASHBRIDGE_2007])
        monkeypatch.setattr(targets, "SCOPED_PLANS", 0)
        whole = api.targets(store, [ASHBRIDGE_2007])
    assert scoped == whole and len(scoped) == len(EXPECTED_TARGETS)
