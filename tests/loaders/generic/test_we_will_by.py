"""A "We will … by:" line over bullets, or a question naming the kind ("What are the key actions we will
take?"), leads in the list under it: what is done for the priority above, one action a
bullet. Snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Luton Borough Council, the new SEND strategy for Luton (Local Offer page, 2019),
#: https://directory.luton.gov.uk/kb5/luton/directory/site.page?id=KEK_fpnuJMA
LUTON = """\
The SEND strategy has 6 priority areas for action which include:

Priority 1:  Early intervention and prevention

An early response to a concern and early identification and intervention are key to helping children \
and young people with SEND to reach their potential.

We will improve our early intervention and prevention support by:

  • strengthening universal services that provide information and support to address identified \
concerns such as speech, language and communication
  • providing support from dedicated SEND Flying Start Family Workers to families through the \
Children’s Centres

Priority 2:  Developing our services to meet needs
"""


def test_bullets_after_we_will_by_are_the_priority_s_actions() -> None:
    found = read(LUTON)
    assert [priority.label for priority in found.priorities] == [
        "Early intervention and prevention",
        "Developing our services to meet needs",
    ]
    assert [action.label.split()[0] for action in found.actions] == ["strengthening", "providing"]
    assert {action.supports[0] for action in found.actions} == {found.priorities[0].key}


#: Cheshire West and Chester Council, Eat Well Be Active (2022), its priorities page,
#: https://www.cheshirewestandchester.gov.uk/your-council/policies-and-performance/council-plans-policies-and-strategies/health-improvement-strategy/eat-well-be-active/our-priorities
CHESHIRE_WEST = """\
Eat Well Be Active

What are the key actions we will take?

  1. Work in partnership, taking a system-wide approach to support healthy weight
  2. Work with schools and early years settings to support implementation of programmes
  3. To report regularly on progress to the Health and Wellbeing Board

How will we measure progress? (Key indicators/ potential indicators)

  • Reduce prevalence of obesity in early pregnancy
  • Increase breastfeeding initiation
"""


def test_a_question_naming_the_kind_leads_in_the_list_answering_it() -> None:
    found = read(CHESHIRE_WEST)
    assert [action.ref for action in found.actions] == ["1", "2", "3"]
    assert [indicator.label for indicator in found.indicators] == [
        "Reduce prevalence of obesity in early pregnancy",
        "Increase breastfeeding initiation",
    ]


#: Oxford City Council, Council Strategy 2020-24, its priorities and outcomes page,
#: http://www.oxford.gov.uk/policies-plans-strategies/strategy/6 (each numbered outcome cut short here)
OXFORD = """\
Priority: Enable an inclusive economy

Over the next four years we want to see the following outcomes achieved as part of a more inclusive economy:

We will deliver ourselves

1. Our Council-owned companies will have increased their profits to help maintain the services we provide
2. Our staff will be more skilled and confident in delivering services our citizens want

We will partner with others to help achieve

3. Oxford’s economy will be stronger, with diverse sectors providing a wider range of accessible \
business and employment opportunities for all
"""


def test_a_lead_in_with_a_sub_heading_between_it_and_its_list_leads_the_list_in() -> None:
    found = read(OXFORD)
    assert [outcome.notation for outcome in found.outcomes if outcome.notation] == ["1", "2", "3"]
    assert not [action for action in found.actions if action.label.startswith(("Our ", "Oxford"))]
