"""Who held a post when: dated memberships on the bundled plans and on the synthetic plan-year pair,
where one person moves between posts."""

from __future__ import annotations

from datetime import date

import pytest

from bench.pairs import EXPECTED_OWNED_ACTIONS, EXPECTED_TENURES, MOVED_PERSON
from councilkg import api
from councilkg.analysis.tenure import plan_periods, tenures
from councilkg.store.base import Store

YASHI_SHAH = "https://w3id.org/councilkg/id/person/yashi-shah"
SOCIAL_CARE = "https://w3id.org/councilkg/id/authority/lambeth/post/divisional-director-social-care"
LAMBETH_2007 = "https://w3id.org/councilkg/id/plan/lambeth/cyps-service-plan-2007-10"
LAMBETH_2020 = "https://w3id.org/councilkg/id/plan/lambeth/childrens-directorate-plan-2020-21"


def test_each_bundled_plan_has_its_financial_years(memory_store: Store) -> None:
    """A plan speaks for 1 April of its first year to 31 March of its last."""
    periods = plan_periods(memory_store)
    assert periods[LAMBETH_2007] == (date(2007, 4, 1), date(2010, 3, 31))
    assert periods[LAMBETH_2020] == (date(2020, 4, 1), date(2021, 3, 31))
    assert len(periods) == 4  # the four bundled plans; plans they only cite have no period


def test_the_periods_of_some_plans_are_theirs_of_all_plans(memory_store: Store) -> None:
    """Reading a few plans' periods (an owner's, in a large store) gives what reading all of them does."""
    every = plan_periods(memory_store)
    assert plan_periods(memory_store, [LAMBETH_2007]) == {LAMBETH_2007: every[LAMBETH_2007]}
    assert plan_periods(memory_store, [LAMBETH_2007, LAMBETH_2020]) == {
        plan: every[plan] for plan in (LAMBETH_2007, LAMBETH_2020)
    }
    assert plan_periods(memory_store, []) == {}


def test_yashi_shah_held_social_care_over_the_2007_plan(memory_store: Store) -> None:
    """Lambeth 2007-10 names Yashi Shah as Divisional Director, Social Care: one dated membership."""
    (held,) = tenures(memory_store, person=YASHI_SHAH)
    assert (held.post, held.plan, held.begins, held.ends) == (
        SOCIAL_CARE,
        LAMBETH_2007,
        date(2007, 4, 1),
        date(2010, 3, 31),
    )
    assert held.covers(date(2008, 6, 1)) and not held.covers(date(2010, 4, 1))
    assert [t.person_label for t in tenures(memory_store, post=SOCIAL_CARE)] == ["Yashi Shah"]


def test_owner_at_a_day_in_the_2007_plan(memory_store: Store) -> None:
    """``owner --at 2008-06-01``: the post Yashi Shah held that day and its Social Care items; a day
    after the plan ends, no post and no items."""
    report = api.owner(memory_store, "Yashi Shah", at=date(2008, 6, 1))
    assert report.posts == ("Divisional Director, Social Care",)
    assert "Increase adoption of LAC to 5.5%" in {item.label for item in report.items}
    assert {item.plan for item in report.items} == {LAMBETH_2007}
    later = api.owner(memory_store, "Yashi Shah", at=date(2015, 6, 1))
    assert (later.posts, later.items) == ((), ())
    post = api.owner(memory_store, "Divisional Director, Social Care", at=date(2008, 6, 1))
    assert post.holders == ("Yashi Shah",)


def test_every_membership_is_one_a_plan_names(memory_store: Store) -> None:
    """Each holder a plan names (org:heldBy in its graph) has a membership over that plan's period."""
    periods = plan_periods(memory_store)
    every = tenures(memory_store)
    held_by = memory_store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?post org:heldBy ?person } }")
    assert len(every) == int(held_by.rows[0][0].value)  # type: ignore[union-attr]
    assert all((t.begins, t.ends) == periods[t.plan] for t in every)


@pytest.mark.parametrize(("name", "day"), sorted(EXPECTED_TENURES))
def test_synthetic_pair_says_who_held_what_on_a_day(pair_store: Store, name: str, day: str) -> None:
    """A person's posts, or a post's holders, on a day: the known answers of the pair."""
    report = api.owner(pair_store, name, at=date.fromisoformat(day))
    found = report.posts if report.owner.kind == "person" else report.holders
    assert found == EXPECTED_TENURES[(name, day)]


@pytest.mark.parametrize("person", sorted(EXPECTED_OWNED_ACTIONS))
def test_a_person_owns_a_posts_actions_only_while_they_held_it(pair_store: Store, person: str) -> None:
    """Ruth Patel moves from Early Help to Learning: she owns Early Help's 2007-09 action and Learning's
    2009-11 one, not Early Help's 2009-11 actions, which are Anita Shah's."""
    report = api.owner(pair_store, person)
    actions = {item.label for item in report.items if item.type == "Action"}
    assert actions == EXPECTED_OWNED_ACTIONS[person]


def test_the_moved_person_is_followed_from_post_to_post(pair_store: Store) -> None:
    """The report's dated memberships show the move, earliest first."""
    report = api.owner(pair_store, MOVED_PERSON)
    assert [(t.post_label, t.begins.year, t.ends.year) for t in report.tenures] == [
        ("Head of Early Help and Prevention", 2007, 2009),
        ("Head of Learning and Achievement", 2009, 2011),
    ]


def test_who_owns_names_the_holder_of_the_items_plan_years(pair_store: Store) -> None:
    """The foster-carer action's accountable post is held by the person of that plan's years only."""
    found = api.owners_of(pair_store, "Recruit foster carers for older children")
    holders = {
        (item.plan_title[-9:], owner.label): owner.holders
        for item, owners in found
        for owner in owners
        if owner.kind == "post" and owner.label.startswith("Head of")
    }
    assert holders == {
        ("2007-2009", "Head of Safeguarding and Vulnerable Children"): ("Mark Dixon",),
        ("2009-2011", "Head of Early Help and Prevention"): ("Anita Shah",),
    }
    on_the_day = api.owners_of(pair_store, "Recruit foster carers for older children", at=date(2008, 6, 1))
    early_help = {
        o.holders for _, owners in on_the_day for o in owners if o.label.startswith("Head of Early")
    }
    assert early_help == {("Ruth Patel",)}
