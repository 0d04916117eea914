"""A bullet naming a post ("Director of Public Health") under a priority or outcome, or saying who has
accountability for it, says who answers for it, never what is done for it: no action; a bullet that a
post does something still is.

The snippet is cut from the wild corpus (``tests/corpus/wild/``), as its stored page gives it.
"""

from __future__ import annotations

import pytest

from councilkg.loaders.generic.statedlines import ACCOUNTABLE, POST_TITLE
from tests.loaders.generic.reading import read

#: Liverpool's Council Plan 2023-2027, Pillar 4 (its web page),
#: https://liverpool.gov.uk/council/strategies-and-policies/council-plan/pillar-4-healthier-lives-for-children-and-adults
LIVERPOOL_2023 = """Pillar 4: Healthier lives for children and adults
Accountability for delivery
- Cabinet Member for Health, Wellbeing and Culture
- Cabinet Member for Children’s Social Services
- Director of Public Health
- Corporate Director of Children and Young People’s Services
- The Leader of the Council, the Cabinet Member for Finance, Resources and Transformation, and the Chief \
Executive have accountability and oversight across all six pillars
"""


def test_posts_accountable_for_an_outcome_are_no_actions() -> None:
    """The four posts listed under the pillar, and the bullet saying who else answers for it, are who
    delivers it: no action is read."""
    found = read(LIVERPOOL_2023)
    assert [o.label for o in found.outcomes] == ["Healthier lives for children and adults"]
    assert not found.actions


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Chief Executive", True),
        ("Corporate Director of Adult Social Care and Health", True),
        ("Head of Service to review the multi-agency safeguarding arrangements", False),
        ("Director of Public Health will lead a review of school nursing", False),
        ("Head start programme rolled out to all secondary schools", False),
    ],
)
def test_a_post_is_a_title_alone(text: str, post: bool) -> None:
    """A post's title alone is a post; one that goes on to say what is done is an action."""
    assert bool(POST_TITLE.match(text)) is post


def test_who_answers_for_a_priority_is_said_with_accountability_or_responsibility() -> None:
    """ "… have accountability", "… is responsible for" say who answers; "take responsibility for" is
    what people are helped to do (an action)."""
    assert ACCOUNTABLE.search("the Chief Executive have accountability and oversight across all six pillars")
    assert ACCOUNTABLE.search(
        "The Children’s Trust is responsible for delivering against the Start Well strand"
    )
    assert not ACCOUNTABLE.search(
        "Encourage young people and their families to take responsibility for their offending"
    )
