"""What a committee's pages record of a meeting is no plan item: a decision page's "Outcome:" field
and the resolutions a paragraph leads in with "the Committee:", whatever plan they are about, on
snippets cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.leadinkind import lead_in_kind
from tests.loaders.generic.reading import read

#: Darlington Borough Council, decision of Cabinet on the Children and Young People's Plan 2024-27,
#: https://councilgateway.poteris.co.uk/decisions/93442
DARLINGTON = "\n\n".join(
    [
        "Decision Maker: Cabinet",
        "Outcome: Recommendations Approved",
        "Is Key Decision?: Yes",
        "Purpose: To provide an update on the priorities on the priorities within the Children and Young "
        "People's Plan.",
    ]
)

#: Wiltshire Council, Children's Select Committee agenda item on the Early Help Strategy 2014-17,
#: https://cms.wiltshire.gov.uk/(S(wm5gga55b130f045qoanjja5))/mgAi.aspx?ID=41422
WILTSHIRE = "\n\n".join(
    [
        "Early Help Strategy 2014-17 and draft Early Help Improvement Plan",
        "In December 2013 the Committee received the draft Early Help Strategy 2013-17, which was then out "
        "for consultation. The Strategy sets out the council’s proposals for Wiltshire’s early help offer, "
        "including what it currently does, the desired improved outcomes for children and young people and "
        "the priority objectives to achieve this. Having considered the draft Strategy in December 2013, the "
        "Committee:",
        "1.    Noted its contents;",
        "2.    Requested to receive the final Strategy and draft implementation plan;",
        "4.    Supported the ‘invest to save’ approach of Early Intervention as an effective use of Council "
        "money, particularly its focus on outcomes.",
    ]
)


@pytest.mark.parametrize("text", [DARLINGTON, WILTSHIRE], ids=["decision outcome", "resolutions"])
def test_a_meetings_record_is_refused(text: str) -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


def test_a_lead_in_to_what_a_committee_did_names_no_kind() -> None:
    """The kind word in a sentence before it names what the strategy holds, not the list after."""
    assert lead_in_kind(WILTSHIRE.split("\n\n")[1]) is None
    assert lead_in_kind("The priorities agreed by the Board:") == "priority"
    assert lead_in_kind("The Board agreed these priorities. They are:") == "priority"


def test_a_decision_outcome_not_yet_made_is_no_outcome_either() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read("Decision Maker: Cabinet\n\nOutcome: For Determination\n\nIs Key Decision?: Yes")


def test_an_outcome_field_with_a_title_is_still_an_outcome() -> None:
    extraction = read("Outcome 1: Children are safe\n\n- Review the front door")
    assert [outcome.label for outcome in extraction.outcomes] == ["Children are safe"]
