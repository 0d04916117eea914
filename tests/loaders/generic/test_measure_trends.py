"""Measures minutes report as having moved ("The number of children missing from care for over 24 hours
had increased.", "… was stable."), on snippets cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: London Borough of Islington, Children's Services Scrutiny Committee minutes, Quarterly Review of
#: Children's Services Performance (Q3 2018/19), https://democracy.islington.gov.uk/mgAi.aspx?ID=19401
ISLINGTON = (
    "The following main points were noted in the discussion:\n"
    "\n"
    "·         The number of children missing from care for over 24 hours had increased. Officers advised "
    "that all children were offered return home interviews.\n"
    "\n"
    "·         The percentage of re-referrals to children’s social care was stable. Officers attributed "
    "positive performance to the impact of the council’s motivational social work model.\n"
    "\n"
    "·         The percentage of children becoming the subject of a child protection plan for a second or "
    "subsequent time had slightly increased.\n"
)

#: Slough Borough Council, minutes on the Youth Offending Team's performance (2019),
#: http://slough.gov.uk/moderngov/mgAi.aspx?ID=40259
SLOUGH = (
    " A summary of performance was set out in Table 3 in the Appendix to the report and it was noted that "
    "there had been a slight reduction in the number of first time entrants to the youth justice system aged "
    "10-17 from 58 to 57.  This figure was better than the local target of 62 entrants in 2018/19.  The "
    "number of custody offences had fallen by half from the previous year.\n"
)

#: West Berkshire Council, Overview and Scrutiny Management Commission minutes (2012),
#: https://decisionmaking.westberks.gov.uk/mgAi.aspx?ID=14117
WEST_BERKSHIRE = (
    "The Chairman asked why the number of adult learners had dropped by 28%. Jason Teal responded that the "
    "figure represented a point in time.\n"
)


def test_bulleted_measures_a_meeting_reports_as_moved_are_read() -> None:
    assert [i.label for i in read(ISLINGTON).indicators] == [
        "The number of children missing from care for over 24 hours",
        "The percentage of re-referrals to children’s social care",
        "The percentage of children becoming the subject of a child protection plan for a second or "
        "subsequent time",
    ]


def test_a_moved_measure_beside_one_compared_with_its_target_is_read_too() -> None:
    labels = [i.label for i in read(SLOUGH).indicators]
    assert labels[-1] == "The number of custody offences"
    assert len(labels) == 2


def test_a_measure_asked_about_mid_sentence_is_read() -> None:
    assert [i.label for i in read(WEST_BERKSHIRE).indicators] == ["the number of adult learners"]


def test_a_plans_own_has_increased_is_narrative() -> None:
    with pytest.raises(UnknownLayoutError):
        read("The number of children in care has increased by 20% since 2010.\n")
