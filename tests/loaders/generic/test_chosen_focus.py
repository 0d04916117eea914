"""A lead-in naming no kind whose verb says a board chose what to work on (``chosenfocus.py``): the
list after it holds the board's priorities; a review that only "should focus on" has chosen nothing.

The snippets are cut from the wild corpus (``tests/corpus/wild/``), as their stored pages give them.
"""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Bexley Safeguarding Children Board's Annual Report 2016/17, extracts on a school's safeguarding page,
#: https://www.wellingschool-tkat.org/page/?title=Safeguarding&pid=3
BEXLEY_BOARD = "\n".join(
    [
        "The BSCB annual report 2016/17",
        "",
        "Foreword from the Independent Chair",
        "",
        "The annual report includes a foreword from the Independent Chair which notes that in 2016/17 the "
        "BSCB prioritised work on:",
        "",
        "  • Safeguarding front doors",
        "  • Basic child protection practice",
        "  • Adolescent risk",
        "  • Child sexual exploitation.",
    ]
)

#: Sandwell's Children's Strategic Partnership Board (2018), its web page,
#: https://www.sandwell.gov.uk/info/200219/children/2018/working_together_to_improve_childrens_lives
SANDWELL_BOARD = "\n".join(
    [
        "There has already been a lot of research in Sandwell and nationally, which shows where improvements "
        "need to be made. As a result of what they already know, the board has decided to focus on making "
        "sure that:",
        "",
        "  • no children in Sandwell live in poverty (tackling child poverty)",
        "  • all children and young people are healthy and safe (child health outcomes)",
    ]
)

#: County Durham's LAA 2008-2011 Review/Refresh, report to County Council, 27 February 2009,
#: https://democracy.durham.gov.uk/CeListDocuments.aspx?MID=2965 (its item A9)
DURHAM_REVIEW = "\n".join(
    [
        "5. The County Durham Partnership agreed that the Refresh element of the Review should focus on:",
        "",
        "· Capturing the vision and political aspirations of Members of the new authority.",
    ]
)


def test_a_board_s_choice_of_what_to_work_on_leads_in_its_priorities() -> None:
    """ "the BSCB prioritised work on:" and "the board has decided to focus on making sure that:" name
    no kind, but say the board chose the bullets after them: they are its priorities."""
    assert [p.label for p in read(BEXLEY_BOARD).priorities] == [
        "Safeguarding front doors",
        "Basic child protection practice",
        "Adolescent risk",
        "Child sexual exploitation.",
    ]
    assert [p.label for p in read(SANDWELL_BOARD).priorities] == [
        "no children in Sandwell live in poverty (tackling child poverty)",
        "all children and young people are healthy and safe (child health outcomes)",
    ]


def test_what_a_review_should_focus_on_is_no_choice_made() -> None:
    """ "… agreed that the Refresh element of the Review should focus on:": nothing chosen yet, and a
    review's scope, so its bullets are no priorities."""
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(DURHAM_REVIEW)


#: Cumberland Council Plan (draft, 2022), https://www.cumberland.gov.uk/cumberland-council-plan
CUMBERLAND_FOCUS = "\n".join(
    [
        "Our focus for the next four years:",
        "",
        "  • Listening, responding and empowering our residents to help shape our services.",
        "  • Putting health and wellbeing at the forefront of all that we do.",
        "  • Local economies that work for local people.",
        "  • Delivering excellent public services.",
    ]
)

#: Bexley's Joint Local Health and Wellbeing Strategy 2023-2028, its children and young people page,
#: https://www.bexley.gov.uk/about-the-council/strategies-plans-and-policies/bexley-joint-local-health-and-wellbeing-strategy-2023-2028/priority-children-and-young-people
BEXLEY_FOCUS = "\n".join(
    [
        "The specific focus is on:",
        "",
        "  • Giving children the best start in life and supporting them throughout their childhood",
        "  • Putting children and young people at the heart of what we do",
    ]
)


def test_a_plans_focus_named_as_the_lead_ins_subject_leads_in_its_priorities() -> None:
    """ "Our focus for the next four years:" and "The specific focus is on:" name the plan's priorities."""
    assert [p.label for p in read(CUMBERLAND_FOCUS).priorities] == [
        "Listening, responding and empowering our residents to help shape our services.",
        "Putting health and wellbeing at the forefront of all that we do.",
        "Local economies that work for local people.",
        "Delivering excellent public services.",
    ]
    assert [p.label for p in read(BEXLEY_FOCUS).priorities] == [
        "Giving children the best start in life and supporting them throughout their childhood",
        "Putting children and young people at the heart of what we do",
    ]


def test_the_focus_of_a_review_leads_in_no_priorities() -> None:
    """ "The focus of the review was on:" names whose focus it is, a report's: its bullets are no items."""
    with pytest.raises(UnknownLayoutError):
        read(
            CUMBERLAND_FOCUS.replace("Our focus for the next four years:", "The focus of the review was on:")
        )
