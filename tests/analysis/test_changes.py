"""What changed between two plan years: the bundled Lambeth plans, a synthetic pair with known answers,
and the matching rules on literal items."""

from __future__ import annotations

import pytest

from bench.pairs import EXPECTED_CHANGES, MOVED_OWNER
from councilkg import api
from councilkg.analysis.changes import STATUSES, PlanChanges, PlanItem, match_items
from councilkg.errors import LookupFailedError
from councilkg.store.base import Store

LAMBETH_2007 = "lambeth-cyps-service-plan-2007-10"
LAMBETH_2020 = "lambeth-childrens-directorate-plan-2020-21"
ASHBRIDGE_2007 = "ashbridge-cyp-directorate-plan-2007-09"
ASHBRIDGE_2009 = "ashbridge-cyp-directorate-plan-2009-11"


@pytest.fixture(scope="module")
def pair_changes(pair_store: Store) -> PlanChanges:
    """Return Ashbridge's changes from 2007-09 to 2009-11."""
    return api.changes(pair_store, ASHBRIDGE_2007, ASHBRIDGE_2009)


@pytest.mark.parametrize(("kind", "status"), sorted(EXPECTED_CHANGES))
def test_synthetic_pair_gives_the_known_changes(pair_changes: PlanChanges, kind: str, status: str) -> None:
    """Each kind's kept, re-worded, dropped and added items are exactly the ones the pair was written with."""
    found = {
        (c.before.label if c.before else "", c.after.label if c.after else "")
        for c in pair_changes.changes
        if c.kind == kind and c.status == status
    }
    assert found == EXPECTED_CHANGES[(kind, status)]


def test_synthetic_pair_says_how_each_match_was_made(pair_changes: PlanChanges) -> None:
    """A national code matches the re-worded NI 62 (crosswalk equivalents named); wording and a shared
    theme match the re-worded priority, with its score below 1."""
    by_label = {c.after.label: c for c in pair_changes.changes if c.after is not None}
    ni62 = by_label["Stability of placements of looked after children: number of moves"]
    assert (ni62.status, ni62.matched_by, ni62.score) == (
        "re-worded",
        "national code BVPI 49 = NI 62 = PAF A1",
        1.0,
    )
    priority = by_label["To cut teenage conceptions and improve sexual health services"]
    assert priority.matched_by == "theme and wording"
    assert priority.score is not None and 0.3 <= priority.score < 1
    kept = by_label["To be ambitious for children in our care and raise their aspirations"]
    assert (kept.matched_by, kept.score) == ("same wording", 1.0)


def test_synthetic_pair_names_the_owner_that_changed(pair_changes: PlanChanges) -> None:
    """The foster-carer action moved from one head of division to another; the lead manager stayed."""
    action = next(c for c in pair_changes.changes if c.after and c.after.label.startswith("Recruit foster"))
    assert action.owners_changed
    assert (action.owners_dropped, action.owners_added) == ((MOVED_OWNER[0],), (MOVED_OWNER[1],))
    unchanged = [c for c in pair_changes.changes if c.status == "re-worded" and c.kind == "Action"]
    assert [c.owners_changed for c in unchanged] == [False]


def test_plans_given_later_first_are_put_in_order(pair_store: Store) -> None:
    """The earlier plan is always ``before``, whichever order the plans are named in."""
    result = api.changes(pair_store, ASHBRIDGE_2009, ASHBRIDGE_2007)
    assert (result.before.name, result.after.name) == (ASHBRIDGE_2007, ASHBRIDGE_2009)


def test_every_item_is_reported_once(pair_changes: PlanChanges) -> None:
    """Each item of either plan appears in exactly one change, and the counts add up to the plans' items."""
    befores = [c.before.iri for c in pair_changes.changes if c.before]
    afters = [c.after.iri for c in pair_changes.changes if c.after]
    assert len(befores) == len(set(befores)) == 3 + 3 + 4
    assert len(afters) == len(set(afters)) == 3 + 3 + 4


def test_lambeth_2007_against_2020_matches_indicators_by_national_code(memory_store: Store) -> None:
    """Thirteen years apart, Lambeth keeps no wording; four indicators carry across by national code
    (re-registrations PAF A3 = NI 65 as RI.56, care leavers in EET as RI.57), and Alex Kubeyinje is
    named as their owner in 2020."""
    result = api.changes(memory_store, LAMBETH_2007, LAMBETH_2020)
    assert (result.before.name, result.after.name) == (LAMBETH_2007, LAMBETH_2020)
    matched = {
        (c.before.ref, c.after.ref): c for c in result.changes if c.before is not None and c.after is not None
    }
    assert {("PAF A3", "RI.56"), ("PAF A4 (BVPI 161)", "RI.57")} <= set(matched)
    assert all(c.kind == "Indicator" and c.matched_by.startswith("national code") for c in matched.values())
    assert matched[("PAF A3", "RI.56")].matched_by == "national code NI 65 = PAF A3"
    assert matched[("PAF A3", "RI.56")].owners_added == ("Alex Kubeyinje",)
    assert result.count("Priority", "dropped") > 0 and result.count("Priority", "added") > 0
    assert sum(result.count(kind, status) for kind in ("Priority",) for status in STATUSES) == len(
        [c for c in result.changes if c.kind == "Priority"]
    )


def test_a_misspelt_plan_gets_the_closest_plans_suggested(memory_store: Store) -> None:
    with pytest.raises(
        LookupFailedError, match=r"no plan 'lambth-2007' .*did you mean lambeth-cyps-service-plan-2007-10 or"
    ):
        api.changes(memory_store, "lambth-2007", LAMBETH_2020)


def test_an_unknown_plan_like_none_lists_the_loaded_plans(memory_store: Store) -> None:
    with pytest.raises(
        LookupFailedError, match=r"no plan 'zzz' in the store; loaded plans: .*southwark-cypp-2010-13"
    ):
        api.changes(memory_store, LAMBETH_2020, "zzz")


def test_the_same_plan_twice_is_refused(memory_store: Store) -> None:
    with pytest.raises(LookupFailedError, match="are the same plan"):
        api.changes(memory_store, LAMBETH_2020, "Lambeth 2020")


def _item(
    iri: str, label: str, *, themes: frozenset[str] = frozenset(), codes: frozenset[str] = frozenset()
) -> PlanItem:
    return PlanItem(iri, "Indicator", None, label, None, themes, (), codes)


def test_two_indicators_coded_differently_are_never_matched_by_wording() -> None:
    """Same wording, different national codes: two indicators, one dropped and one added."""
    before = [_item("a", "Percentage of looked after children", codes=frozenset({"ni/58"}))]
    after = [_item("b", "Percentage of looked after children", codes=frozenset({"ni/62"}))]
    assert [c.status for c in match_items(before, after, {})] == ["dropped", "added"]


def test_a_shared_theme_lowers_the_bar_for_wording() -> None:
    """A middling wording score matches items sharing a theme, not items with none in common."""
    before = [_item("a", "Reduce teenage conceptions across the borough", themes=frozenset({"t"}))]
    after_with = [_item("b", "Reduce teenage conceptions through health", themes=frozenset({"t"}))]
    after_without = [_item("b", "Reduce teenage conceptions through health", themes=frozenset({"u"}))]
    matched = match_items(before, after_with, {})
    assert [c.status for c in matched] == ["re-worded"]
    assert matched[0].score is not None and 0.3 <= matched[0].score < 0.5
    assert [c.status for c in match_items(before, after_without, {})] == ["dropped", "added"]


def test_the_best_pairing_wins_and_matching_is_one_to_one() -> None:
    """Two later items resembling one earlier item: the closer wording takes it, the other is added."""
    before = [_item("a", "Stability of placements for looked after children")]
    after = [
        _item("b", "Stability of placements for looked after children in foster care"),
        _item("c", "Stability of placements for looked after children"),
    ]
    changes = match_items(before, after, {})
    assert [(c.status, c.after.iri if c.after else None) for c in changes] == [("kept", "c"), ("added", "b")]
