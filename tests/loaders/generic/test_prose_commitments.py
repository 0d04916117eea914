"""The "We will …" sentences of the prose above a plan's own "… we will:" list, on snippets cut from
the wild corpus (``tests/corpus/wild/``: real councils' plans as their web pages give the text)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: West Northamptonshire Council's Corporate Plan (2021), "Improved life chances",
#: https://westnorthants.gov.uk/corporate-plan/improved-life-chances.
WEST_NORTHANTS = "\n".join(
    [
        "Improved life chances",
        "We will focus on early help services to ensure our children have the best start in life and "
        "parents have the right support and environments in which to raise their families.",
        "We will invest in good quality local secondary and primary schools and special education facilities "
        "that drive higher attainment and help our children work hard towards bright futures.",
        "Working with partners in 5 years we will:",
        "- support our Children’s Trust improvement journey",
        "- drive an increase fostering and support foster families",
        "- invest in secondary schools and new primary schools in our urban extensions",
    ]
)


def test_we_will_prose_above_a_we_will_list_is_its_narrative() -> None:
    """The list after "… we will:" is what the plan will do; the paragraphs above it lead into it."""
    found = read(WEST_NORTHANTS)
    assert [a.label for a in found.actions] == [
        "support our Children’s Trust improvement journey",
        "drive an increase fostering and support foster families",
        "invest in secondary schools and new primary schools in our urban extensions",
    ]


#: Hampshire's Children and Young People's Plan (2012), priority 2,
#: http://www3.hants.gov.uk/childrens-services/childrenandyoungpeople/cypp/cypp-vision/priority2.htm.
HAMPSHIRE = "\n\n".join(
    [
        "Priority 2: Securing children and young people’s physical, spiritual, social, emotional and mental "
        "health, promoting healthy lifestyles and reducing inequalities",
        "Key win",
        "Reducing the rate of teenage conceptions among girls aged 15-17.",
        "Health inequalities experienced in childhood can have a lasting impact throughout life, so we will "
        "work together to promote and support healthy lifestyles from an early stage. Giving children the "
        "best start in life begins with promoting health and well-being in pregnancy and childhood, and "
        "ensuring that universal healthcare services are available for all children and families. National "
        "Health Service and public health professionals will work in partnership with children’s centres "
        "and schools to identify those who need extra support, or treatment, and help them to access "
        "services. We will strive to integrate services and plan care jointly wherever possible, for "
        "example for disabled children and their families.",
        "Key activity areas:",
        "  • ensuring that the best universal services are available for all children and families",
    ]
)


def test_we_will_prose_above_a_list_led_by_other_words_stays_an_action() -> None:
    found = read(HAMPSHIRE)
    assert found.actions[0].label.startswith("We will strive to integrate services")
    assert len(found.actions) == 2


def test_we_will_prose_under_an_earlier_heading_stays_an_action() -> None:
    """A heading read between the prose and the "… we will:" list: the prose was that heading's."""
    text = "\n\n".join(
        [
            HAMPSHIRE.split("\n\nKey activity areas:")[0],
            "Priority 3: Keeping children safe",
            "Working with partners in 5 years we will:",
            "- support our Children’s Trust improvement journey",
        ]
    )
    found = read(text)
    assert [a.label[:30] for a in found.actions] == [
        "We will strive to integrate se",
        "support our Children’s Trust i",
    ]


#: Liverpool City Council's Council Plan 2023-2027, Pillar 4,
#: https://liverpool.gov.uk/council/strategies-and-policies/council-plan/pillar-4-healthier-lives-for-children-and-adults
LIVERPOOL = "\n".join(
    [
        "Pillar 4: Healthier lives for children and adults",
        "We will work to reduce health inequalities and improve the standard of support so that people can "
        "experience a better quality of life, for longer. We will ensure that adults in Liverpool remain "
        "safe, protected and are supported to live independently.",
        "Priority outcomes",
        "- Residents in need of social care can access the right support at the right time",
        "- People have improved choice and control over the care they access",
    ]
)

#: Swindon Borough Council's vision, priorities and pledges (2016), priority four,
#: https://www.swindon.gov.uk/info/20028/open_data_and_transparency/952/our_vision_priorities_and_pledges/5
SWINDON = "\n".join(
    [
        "Our vision, priorities and pledges",
        "Priority four: Help people to help themselves while always protecting our most vulnerable children "
        "and adults",
        "By 2020, we will spend over 80% of our budget on protecting the most vulnerable people in the "
        "borough. These vulnerable people might be children without a home, people with disabilities or "
        "older people who need help in their later years.",
        "Pledge 17",
        "Provide early support so that Swindon residents are financially included and avoid getting into "
        "debt.",
        "Pledge 18",
        "Deliver a borough-wide approach to increase the impact of volunteering, enabling more people to be "
        "active in supporting vulnerable people.",
    ]
)


def test_we_will_prose_under_a_heading_whose_outcomes_are_listed_describes_it() -> None:
    """The outcomes listed under "Pillar 4" are what it is served by; the prose above them describes it."""
    found = read(LIVERPOOL)
    assert not found.actions
    assert [o.label[:30] for o in found.outcomes] == [
        "Healthier lives for children a",
        "Residents in need of social ca",
        "People have improved choice an",
    ]


def test_we_will_prose_under_a_heading_whose_pledges_are_labelled_describes_it() -> None:
    """ "Pledge 17", "Pledge 18" under "Priority four" are its actions; "By 2020, we will spend …" is
    the priority's description."""
    found = read(SWINDON)
    assert [a.ref for a in found.actions] == ["17", "18"]
