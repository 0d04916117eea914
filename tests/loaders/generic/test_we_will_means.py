"""A "We will" sentence saying what will be with an adverb between "will" and "be" (outlinelines.NOT_DONE),
"We want to make a difference" (outlinelines.WANT), "Together we will …" with no one named
(outlinelines.COMMITMENT), or one in a paragraph opening with how things are (outlinesentences), is no
action."""

from __future__ import annotations

import pytest

from councilkg.loaders.generic.outlinelines import COMMITMENT, WANT, WE_WILL
from tests.loaders.generic.reading import read


@pytest.mark.parametrize(
    "sentence",
    [
        # The Royal Borough of Kensington and Chelsea's Council Plan (2022), https://webtest.rbkc.gov.uk/
        # council-councillors-and-democracy/how-council-works/our-council-plan/our-priorities
        "We will also be increasing our engagement work with young people",
        # Derby City Council's Council Delivery Plan 2019-2020, introduction
        "We will continue to be bold and strong, to act as one team",
    ],
)
def test_what_will_be_is_no_commitment_with_an_adverb_between(sentence: str) -> None:
    assert COMMITMENT.match(sentence) is None
    assert WE_WILL.match(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "We will do the ‘basics brilliantly’ for all our children",  # Cumberland (2024): what is done
        "We will also work together to improve the way we reach out to vulnerable young people",  # Devon
    ],
)
def test_a_commitment_with_also_is_still_one(sentence: str) -> None:
    assert COMMITMENT.match(sentence) is not None


@pytest.mark.parametrize(
    ("sentence", "done"),
    [
        # West Northamptonshire Council's plan, Priority 5: Best Place to Grow up (2025),
        # https://westnorthants.citizenspace.com/chief-executive/7a5e2693/consultation/subpage.2025-01-06.2636793004
        (
            "We want to make a difference to the lives of children and young people who live in West "
            "Northants",
            False,
        ),
        # Plymouth City Council's A Bright Future 2021 to 2026: the same words lead in its priority areas
        ("we want to make a difference to children and young people:", False),
        # Haringey's Child Poverty Strategy (2013),
        # http://haringey.gov.uk/children-and-families/children-and-young-peoples-plan/tackling-child-poverty
        ("We want to help young people and parents to learn new skills and find work.", True),
    ],
)
def test_wanting_to_make_a_difference_is_no_commitment(sentence: str, done: bool) -> None:
    assert (WANT.match(sentence) is not None) is done


def test_a_paragraph_opening_with_how_things_are_states_no_commitment() -> None:
    """The Royal Borough of Kensington and Chelsea's Council Plan (2022): under each theme a paragraph
    says how things are, then what that means ("We will focus …"); its narrative, no action (38 such
    sentences of 39 were no action on the released plans)."""
    text = "\n\n".join(
        [
            "Our Council Plan",
            "Cross-cutting themes",
            "These are the three themes which underpin our priorities.",
            "Community involvement",
            "We are actively making decisions with our residents and service users based on what matters "
            "most to them. We will continue to find new ways to involve and listen to residents and service "
            "users as well as advocating for them.",
            "Narrowing the gap",
            "Covid-19 has exacerbated inequalities in a number of areas within our borough. We will focus "
            "our resources and efforts on those who experience the worst outcomes.",
        ]
    )
    extraction = read(text)
    assert [priority.label for priority in extraction.priorities] == [
        "Community involvement",
        "Narrowing the gap",
    ]
    assert extraction.actions == []


def test_a_paragraph_whose_first_sentence_promises_keeps_its_commitments() -> None:
    """Hampshire's Children and Young People's Plan 2012-2015, Priority 2,
    http://www3.hants.gov.uk/childrens-services/childrenandyoungpeople/cypp/cypp-vision/priority2.htm:
    the paragraph's first sentence says what will be done ("…, so we will work together …")."""
    text = "\n\n".join(
        [
            "Hampshire's Children and Young People's Plan",
            "Priority 2: Securing children and young people’s physical, spiritual, social, emotional and "
            "mental health, promoting healthy lifestyles and reducing inequalities",
            "Key win",
            "Reducing the rate of teenage conceptions among girls aged 15-17.",
            "Health inequalities experienced in childhood can have a lasting impact throughout life, so we "
            "will work together to promote and support healthy lifestyles from an early stage. We will "
            "strive to integrate services and plan care jointly wherever possible.",
        ]
    )
    labels = [action.label for action in read(text).actions]
    assert labels == ["We will strive to integrate services and plan care jointly wherever possible"]


@pytest.mark.parametrize(
    ("sentence", "commitment"),
    [
        # Bolton Vision's Bolton 2030 (2017), https://boltonvision.org.uk/home: its values
        ("Together we will work in ways that promotes equality of opportunity and good relations", False),
        # Tower Hamlets' children and families strategy consultation (2019), https://www.towerhamlets.gov.uk/
        # lgnl/council_and_democracy/consultations/past_consultations/New_children_and_families_strategy.aspx
        ("Together, we will seize every chance for every child or young person in Tower Hamlets", False),
        ("Together with schools and health partners we will open six family hubs", True),
    ],
)
def test_together_with_no_one_named_is_a_call_not_a_commitment(sentence: str, commitment: bool) -> None:
    assert (COMMITMENT.match(sentence) is not None) is commitment
