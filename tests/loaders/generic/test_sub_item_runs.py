"""A labelled heading and its first sub-item run onto one line, parted at the sub-item's mark, on
snippets cut from the wild corpus (``tests/corpus/wild/``: real councils' plans as their web pages give
the text)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.parsing.subitemruns import labelled_sub_item
from tests.loaders.generic.reading import read

#: Hillingdon's Children, Families and Education Select Committee, draft minutes, 2025
#: (https://modgov.hillingdon.gov.uk/ieListDocuments.aspx?CId=424&MeetingId=4772): the Youth Offer's
#: update, each priority's heading run into its first action ("1a:"), the next action ("1b:") on a
#: line of its own.
HILLINGDON = "\n".join(
    [
        "Minutes: Officers provided an update on the Youth Offer, noted against the key priorities in the "
        "five-year strategy.",
        "Priority 1: Local Youth Offer 1a: Publish and distribute a clear, accessible and informative LYO "
        "across the borough There had been a successful launch event in February held at Harlington Young "
        "People’s Centre. There had been a new publicity campaign called #NextGen, created by young people "
        "for young people. The campaign included a TikTok channel, which was regularly updated to highlight "
        "services for children and young people.",
        "The care and support directory had been updated to be more user-friendly and went live at the "
        "beginning of March.",
        "1b: Develop plans for the continuation and evolution of the LYO beyond the current delivery period "
        "There had been an increase in sessions delivered across various localities, including new sessions "
        "for different age groups (primary and secondary) and partnerships with local organisations. Efforts "
        "were underway to secure two new transporter buses for outreach work, pending approval.",
        "Priority 2: Monitoring and evaluation 2a: Assess and review all existing monitoring and evaluation "
        "systems and structures A quality assurance toolkit had been created and was being rolled out to "
        "standardise processes and enhance service delivery.",
        "2b: Develop a plan to establish a standardised approach to data collection throughout the Youth "
        "Offer",
    ]
)


def test_a_headings_first_sub_item_run_onto_its_line_is_read_under_it() -> None:
    """Each priority's title ends where its first action's mark ("1a:") starts; the actions are the
    priority's, each on the line it was printed on."""
    found = read(HILLINGDON)
    assert [(p.ref, p.label, p.source_line) for p in found.priorities] == [
        ("1", "Local Youth Offer", 2),
        ("2", "Monitoring and evaluation", 5),
    ]
    assert [(a.ref, a.label[:30], a.source_line) for a in found.actions] == [
        ("1a", "Publish and distribute a clear", 2),
        ("1b", "Develop plans for the continua", 4),
        ("2a", "Assess and review all existing", 5),
        ("2b", "Develop a plan to establish a ", 6),
    ]


def test_the_first_sub_items_mark_alone_parts_no_line() -> None:
    """With no second sub-item ("1b:") on the line or below, "1a:" may be anything the text says."""
    assert labelled_sub_item("Priority 1: Local Youth Offer 1a: Publish the offer", ["It went well."]) is None
    alone = HILLINGDON.replace("1b: Develop", "Develop").replace("2b: Develop", "Develop")
    with pytest.raises(UnknownLayoutError):
        read(alone)


#: Brighton and Hove LSCB Business Plan 2011
#: (http://businessdocbox.com/Human_Resources/118015231-Brighton-and-hove-lscb-business-plan.html), a
#: table run onto one line: the heading's title runs on into the table's header before "1.1".
BRIGHTON = (
    "Objective 1: TO MAXIMISE THE EFFECTIVENESS OF ARRANGEMENTS TO SAFEGUARD AND PROTECT CHILDREN AND "
    "YOUNG PEOPLE ACTION OUTCOME LEAD TIMESCALE PROGRESS 1.1 Ensure there is a robust audit programme "
    "1.2 Review the audit"
)


def test_a_title_longer_than_a_headings_is_not_parted() -> None:
    """Twenty words before the mark are a table's header run on, not a heading's title."""
    assert labelled_sub_item(BRIGHTON) is None
    assert labelled_sub_item("Priority 1: Early help 1.1 Reach families 1.2 Train staff") == (
        "Priority 1: Early help",
        "1.1 Reach families 1.2 Train staff",
    )
