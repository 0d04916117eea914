"""Labelled headings ("Ambition 1") over their titles: once two took theirs from the line below, a
longer sentence below the next is its title too, not a commitment of its own. On a snippet cut from
the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.outlinelines import RULE_LISTED_ACTION
from tests.loaders.generic.reading import read

#: Trafford Council, "Our story" (Children's Services improvement plan, 2021),
#: https://www.trafford.gov.uk/residents/jobs/Childrens-Services/Our-story.aspx
TRAFFORD = (
    "Ambition 4\n"
    "\n"
    "Our children will live safely and permanently with a family, wherever it is safe to do so\n"
    "\n"
    "Ambition 5\n"
    "\n"
    "To narrow the gap through working collaboratively to reduce the number of children that are living "
    "and experiencing neglect\n"
    "\n"
    "Ambition 6\n"
    "\n"
    "We will work together to strengthen our practice and approach when working with families where "
    "domestic abuse and or coercion is a feature and to reduce the harm our children experience\n"
    "\n"
    "Ambition 7\n"
    "\n"
    "To take action and collectively safeguard our children and young people from all forms of "
    "exploitation and going missing\n"
)


def test_a_long_title_below_the_third_heading_is_its_title() -> None:
    extraction = read(TRAFFORD)
    labels = [item.label[:30] for item in [*extraction.outcomes, *extraction.priorities]]
    assert labels == [
        "Our children will live safely ",
        "To narrow the gap through work",
        "We will work together to stren",
        "To take action and collectivel",
    ]
    assert extraction.actions == []


def test_the_first_heading_takes_no_paragraph_for_its_title() -> None:
    text = TRAFFORD.split("Ambition 6\n\n", 1)[1]
    extraction = read("Ambition 6\n\n" + text.split("\n", 1)[0] + "\n")
    assert [o.label for o in extraction.outcomes] == ["Ambition 6"]


#: Mole Valley District Council, Annual Plan 2023/24, https://www.molevalley.gov.uk/my-council/annual-plan-2023-24/
MOLE_VALLEY = """\
Objective One

To promote opportunities for communities to lead safe, healthy and fulfilling lives we will:

1a. Continue to support residents impacted by the cost of living crisis, including signposting and \
collaboration with other organisations.

1b. Continue to provide Disabled Facilities Grant funding to enable residents to remain in their own \
homes as long as possible.
"""


def test_a_purpose_under_a_bare_label_is_its_title_and_leads_in_what_is_done_for_it() -> None:
    found = read(MOLE_VALLEY)
    assert [(p.ref, p.label) for p in found.priorities] == [
        ("One", "To promote opportunities for communities to lead safe, healthy and fulfilling lives")
    ]
    assert [a.ref for a in found.actions] == ["1a", "1b"]
    assert all(a.reading and a.reading.rule == RULE_LISTED_ACTION for a in found.actions)


#: London Borough of Bexley, Annual Performance Report: Priority theme 1 (2025),
#: https://www.bexley.gov.uk/discover-bexley/bexley-data-hub/council-performance-indicators/annual-performance-report/priority-theme-1
BEXLEY = """\
Priority theme 1

To make sure that we are performing against the outcomes we set out to achieve in the Corporate Plan, \
indicators are assessed by each priority.
"""


def test_a_long_sentence_after_a_blank_line_is_no_bare_labels_title() -> None:
    """"Priority theme 1" labels a priority; the paragraph below it says what the page does."""
    found = read(BEXLEY)
    assert [(p.ref, p.label) for p in found.priorities] == [("1", "Priority theme 1")]
