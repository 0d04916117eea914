"""A verb-led line after a list of priorities printed as headings is the list's next heading, not an
action under the last: like the headings, it ends no sentence.

The snippets are cut from the wild corpus (``tests/corpus/wild/``), as their stored pages give them.
"""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Sheffield City Council Plan 2024-2028: Children and young people
#: (https://council-plan.sheffield.gov.uk/children-young-people).
SHEFFIELD_2024 = (
    "Our priorities for the next 4 years\n"
    "\n"
    "Ensure all children and young people can feel like they can belong and thrive in Sheffield\n"
    "We will build on our pioneering Family Hub network to ensure children and parents get the support "
    "they need so that children get the best start in life. We want all children and young people to "
    "fulfil their aspirations and potential. In all this we will listen meaningfully to the voice of "
    "children and young people.\n"
    "Address inequalities for our children and young people and ensure we are equipped to support them\n"
)

#: Warrington Youth Voice: Our Pledges & Priorities (https://www.warringtonyouthvoice.org/pledges-priorities).
WARRINGTON_2021 = (
    "Our Pledges & Priorities \n"
    "\n"
    "The Pledges & Priorities are the set topics of which we will be working on and focusing on "
    "throughout the year. \n"
    "\n"
    "Young people are happy and safe\n"
    "\n"
    "\n"
    "A place of equality and diversity for young people\n"
    "\n"
    "Young people are safe\n"
    "\n"
    "A strong and sustainable future\n"
    "\n"
    "\n"
    "Increased sustainability of transport and travel for young people\n"
    "\n"
    "Reduce the impact of Climate Change\n"
)


def test_a_verb_led_heading_after_a_heading_and_its_paragraph_is_no_action() -> None:
    """The first heading is a priority and its "We will" sentences its actions; the verb-led line
    after the paragraph, shaped as the heading was, is not one of them."""
    extraction = read(SHEFFIELD_2024)
    assert extraction.priorities[0].label.startswith("Ensure all children and young people")
    labels = [action.label for action in extraction.actions]
    assert labels[0].startswith("We will build on our pioneering Family Hub network")
    assert not any(label.startswith("Address inequalities") for label in labels)


def test_a_verb_led_line_among_headings_is_no_action() -> None:
    """Among the priorities printed as headings, "Reduce the impact of Climate Change" is one more of
    them, not an action under the first."""
    extraction = read(WARRINGTON_2021)
    assert [priority.label for priority in extraction.priorities][:1] == ["Young people are happy and safe"]
    assert not any(action.label.startswith("Reduce the impact") for action in extraction.actions)


#: Cumbria County Council, Council Plan Delivery Plan 2017/2018, Appendix 1 (https://vdocuments.mx/
#: council-plan-delivery-plan-20172018-priority-to-safeguard-children-and-support.html).
CUMBRIA_2017 = (
    "Priority: To safeguard children and support\n"
    "\n"
    "families and schools so that all children in\n"
    "\n"
    "Cumbria can grow up in a safe environment,\n"
    "\n"
    "and can fulfil their potential\n"
    "\n"
    "Target value or date\n"
    "\n"
    "Deliver, in partnership, the\n"
    "\n"
    "council’s improvement\n"
    "\n"
    "plan for children’s social\n"
    "\n"
    "care.\n"
)


def test_a_verb_led_line_under_a_labelled_priority_is_still_an_action() -> None:
    """Under a priority its label names, not one of a list of headings, a verb-led line is an action
    still, its wrapped lines joined."""
    extraction = read(CUMBRIA_2017)
    assert [action.label for action in extraction.actions] == [
        "Deliver, in partnership, the council’s improvement plan for children’s social care."
    ]
