"""Bullets under each priority's heading where a heading names the plan's objectives: each bullet an
objective (a priority contributing to the one it is under), not an action; on a snippet cut from the
wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.objectives import OBJECTIVES_HEADING, RULE_AIM_PART, RULE_OBJECTIVE
from councilkg.loaders.generic.outlinelines import RULE_BULLET_ACTION
from tests.loaders.generic.reading import read

#: Tewkesbury Borough Council plan 2016-20, https://www.tewkesbury.gov.uk/tewkesbury-borough-council-plan
TEWKESBURY = """\
Our priorities and objectives 2016-20

Finances and resources

  • Seek to be financially independent of the government's core grants

  • Maintain a low council tax

Promoting and supporting economic growth

  • Deliver our strategic plans

  • Deliver employment land
"""


def test_bullets_under_priorities_a_heading_calls_objectives_are_priorities_under_them() -> None:
    found = read(TEWKESBURY)
    assert found.actions == []
    by_label = {priority.label: priority for priority in found.priorities}
    finances = by_label["Finances and resources"]
    growth = by_label["Promoting and supporting economic growth"]
    assert [(p.label, p.parent) for p in found.priorities if p.parent] == [
        ("Seek to be financially independent of the government's core grants", finances.key),
        ("Maintain a low council tax", finances.key),
        ("Deliver our strategic plans", growth.key),
        ("Deliver employment land", growth.key),
    ]
    assert {p.reading.rule for p in found.priorities if p.parent and p.reading} == {RULE_OBJECTIVE}


def test_without_the_heading_the_bullets_are_what_is_done_for_each_priority() -> None:
    found = read(TEWKESBURY.replace("Our priorities and objectives 2016-20", "Our priorities 2016-20"))
    assert [action.label for action in found.actions][:2] == [
        "Seek to be financially independent of the government's core grants",
        "Maintain a low council tax",
    ]
    assert {a.reading.rule for a in found.actions if a.reading} == {RULE_BULLET_ACTION}


def test_an_objectives_heading_is_short_and_no_sentence() -> None:
    assert OBJECTIVES_HEADING.match("Our Vision Our Objectives")
    assert not OBJECTIVES_HEADING.match("Each priority will be delivered through a set of objectives.")
    assert not OBJECTIVES_HEADING.match("objectives")


#: Lancaster City Council, Our Council Plan 2018-2022,
#: https://www.lancaster.gov.uk/the-council-and-democracy/about-the-council/corporate-plan
LANCASTER = """\
Our Four Ambitions

A Thriving and Prosperous Economy

  • Create strong conditions for growth so that businesses thrive and jobs are created
  • With our partners, deliver major regeneration and infrastructure projects

Healthy and Happy Communities

  • Work with others to address health inequality, food and fuel poverty, mental health, loneliness
  • Enhance community cohesion
"""


def test_bullets_under_the_aims_a_lead_in_names_are_their_priorities() -> None:
    found = read(LANCASTER)
    assert found.actions == []
    assert [(p.label, p.parent is not None) for p in found.priorities] == [
        ("A Thriving and Prosperous Economy", False),
        ("Create strong conditions for growth so that businesses thrive and jobs are created", True),
        ("With our partners, deliver major regeneration and infrastructure projects", True),
        ("Healthy and Happy Communities", False),
        (
            "Work with others to address health inequality, food and fuel poverty, mental health, loneliness",
            True,
        ),
        ("Enhance community cohesion", True),
    ]
    assert {p.reading.rule for p in found.priorities if p.parent and p.reading} == {RULE_AIM_PART}
    # under "Our priorities" the same bullets are what is done for each priority
    assert len(read(LANCASTER.replace("Our Four Ambitions", "Our Four Priorities")).actions) == 4
