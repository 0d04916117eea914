"""A list item opening with what a measure counts is read as a measure, whatever list it is in, on
snippets cut from the wild corpus (``tests/corpus/wild/``: real councils' plans as their web pages
give the text). Across the corpus's labels such items are measures 68 times, priorities twice and
actions never."""

from __future__ import annotations

from councilkg.loaders.parsing.runlists import is_measure_label, opens_with_measure
from tests.loaders.generic.reading import read

#: West Berkshire Council's Executive, Key Accountable Performance 2017/18 Quarter Two (21 December
#: 2017), https://decisionmaking.westberks.gov.uk/ieIssueDetails.aspx?IId=39035&Opt=3&PlanId=0
WEST_BERKSHIRE = "\n\n".join(
    [
        "To review those areas reported as ‘amber’ or ‘red’ to ensure that appropriate action is in place. "
        "In particular, to consider the results and improvement actions for:",
        "·         the milestones for the key infrastructure projects: London Road Industrial Estate and "
        "Sterling Cables;",
        "·         timeliness to respond to Adult Social Care safeguarding concerns;",
        "·         % of people presented homeless where the homelessness has been relieved or prevented.",
    ]
)

#: Kirklees Council's Corporate Plan 2017/18, "Our key themes", https://www.kirklees.gov.uk
KIRKLEES = "\n\n".join(
    [
        "Our key themes",
        "(priority council activities contributing to the achievement of the outcomes)",
        "People in Kirklees feel safe and are safe/protected from harm",
        "  • Communities contributing to early intervention and prevention\n"
        "  • Reduced community tensions between people who are different",
        "People in Kirklees live independently and have control over their lives",
        "  • Deliver Democracy Commission recommendations\n"
        "  • Timeliness of adult social care assessments and reviews",
    ]
)


def test_measures_after_an_action_lead_in_are_measures() -> None:
    """ "… improvement actions for:" leads in actions, but "% of people …" and "timeliness to …"
    name what is measured: they are indicators, not actions."""
    found = read(WEST_BERKSHIRE)
    assert [(i.label.rstrip(";."), i.source_line) for i in found.indicators] == [
        ("timeliness to respond to Adult Social Care safeguarding concerns", 5),
        ("% of people presented homeless where the homelessness has been relieved or prevented", 7),
    ]
    assert not any(a.label.startswith(("timeliness", "%")) for a in found.actions)


def test_a_measure_under_a_priority_heading_is_no_action() -> None:
    found = read(KIRKLEES)
    labels = [a.label for a in found.actions]
    assert "Deliver Democracy Commission recommendations" in labels
    assert "Timeliness of adult social care assessments and reviews" not in labels


def test_only_an_opening_count_share_or_timeliness_names_a_measure() -> None:
    """ "Reduce obesity levels" (Darlington's CYPP 2017) ends like a measure but is an action."""
    assert not opens_with_measure("Reduce obesity levels")
    assert is_measure_label("% of people presented homeless")
    assert opens_with_measure("Percentage of primary schools Good or Better")


#: City of York Council, SEND Sufficiency Strategy 2024 to 2030, its outcomes,
#: https://yorksend.org/professionals/send-sufficiency-strategy-2024-2030/7
YORK = """The outcomes of the SEND Sufficiency Strategy 2024 to 2030

We'll see:

  • an increase in the proportion of students being able to be educated in their local community schools
  • a reduction in the number of children attending independent placements
  • fewer ‘in-phase transfers’ for children and young people
  • reductions in exclusions of children with SEND
"""


def test_what_we_will_see_are_the_plans_measures() -> None:
    found = read(YORK)
    assert [(i.label.split()[:3], i.source_line) for i in found.indicators] == [
        (["an", "increase", "in"], 5),
        (["a", "reduction", "in"], 6),
        (["fewer", "‘in-phase", "transfers’"], 7),
        (["reductions", "in", "exclusions"], 8),
    ]
    assert not found.actions and not found.priorities
