"""A point of a bulleted list that names a kind and ends in a colon leads in the bullets a level down
(another mark), as does a point's last sentence naming a kind the bullets after it, on snippets cut
from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Leicester City Council, minutes on the Youth Justice Plan 2025-30 (2025),
#: https://cabinet.leicester.gov.uk/mgAi.aspx?ID=127038
LEICESTER = "\n\n".join(
    [
        "·   The plan detailed risks expected over the next twelve months and the ensuing five-year period.",
        "·   Ten Key Performance Indicators (KPIs) were outlined in the plan. The three top KPIs measured:",
        "o   First time entrants",
        "o   Reoffending rates",
        "·   Improvements were in line with the best needs of the young people and victims.",
        "·   The plan set out the functions, governance and operational aspects of the service.",
    ]
)

#: Herefordshire Council, minutes on the corporate risk register (2020),
#: https://councillors.herefordshire.gov.uk/mgAi.aspx?ID=54524 (the sub-points' codes dropped)
HEREFORDSHIRE = "\n\n".join(
    [
        "·         There were 32 strategic or most significant risks",
        "·         3 risks on the corporate risk register were still extreme risks following mitigation "
        "which were:",
        "o   children’s operational staffing / workforce",
        "o   South Wye transport package, scheme costs increasing as a result of changes to the programme",
        "·         The delayed transfer of care (DToC) and One Herefordshire risks had been removed.",
        "·         Hillside had been added as a risk due to the possibility of a legal charge being invoked.",
    ]
)


def test_a_bulleted_point_naming_measures_leads_in_the_sub_points() -> None:
    """The "o" points under the "·" point naming the KPIs are the measures; the next "·" point ends them."""
    assert [i.label for i in read(LEICESTER).indicators] == ["First time entrants", "Reoffending rates"]


def test_the_next_point_at_the_lead_ins_level_ends_its_list() -> None:
    """The risks are the two "o" points; the "·" points after them are what the minutes say next."""
    assert [r.label for r in read(HEREFORDSHIRE).risks] == [
        "children’s operational staffing / workforce",
        "South Wye transport package, scheme costs increasing as a result of changes to the programme",
    ]


def test_sub_points_under_a_point_naming_no_kind_are_not_read() -> None:
    """A point ending in a colon that names no kind leads in no items."""
    text = LEICESTER.replace(
        "Ten Key Performance Indicators (KPIs) were outlined in the plan. The three top KPIs", "The plan"
    )
    with pytest.raises(UnknownLayoutError):
        read(text)


#: Sefton Parent Carer Forum, Children and Young People Plan consultation (2024),
#: https://seftonpcf.org/Site/Home/Post/23
SEFTON = """\
We have a plan from 2020 – 2025, but the following things are affecting children and young people, \
which means we want to update it now:

• The Covid-19 pandemic has affected children’s mental health, and some children are lonely.
• The cost-of-living crisis is affecting mental health. Brexit has affected employment and training \
opportunities for young people. We will keep the themes we already have:
• Heard.
• Happy.
• Healthy.
"""


def test_a_points_last_sentence_naming_a_kind_leads_in_the_bullets_below_it() -> None:
    """ "• … Brexit has affected … We will keep the themes we already have:" is a point, no item, and
    its last sentence leads in the themes."""
    assert [p.label for p in read(SEFTON).priorities] == ["Heard.", "Happy.", "Healthy."]
    text = SEFTON.replace("We will keep the themes we already have:", "We will keep what we already have:")
    with pytest.raises(UnknownLayoutError):
        read(text)


def test_a_points_last_sentence_naming_activities_in_passing_leads_in_no_actions() -> None:
    # Eastleigh Borough Council's Community Plan page (2004),
    # tests/corpus/wild/eastleigh-2004-community-plan-themes.txt
    text = (
        "- 8 themes which, in consultation with residents, were identified as important priorities for the "
        "Borough. In July 2006 they were renamed with titles that focused on desired outcomes rather than "
        "activities:\n- A Confident, Safe Community (formerly Community Safety)\n"
        "- A Prosperous Community (formerly Employment)\n"
    )
    assert read_or_error(text) == []


def read_or_error(text: str) -> list[str]:
    """Return the labels of the actions read from ``text``, none when no item is read at all."""
    try:
        return [action.label for action in read(text).actions]
    except UnknownLayoutError:
        return []


def test_a_closing_pointer_lists_what_the_sentence_before_it_counted() -> None:
    """ "8 themes … were identified as important priorities … In July 2006 they were renamed …:": "they"
    are the themes counted, the bullets below them, each without the note of its former name."""
    # Eastleigh Borough Council's Community Plan page (2004), http://www.eastleighstrategicpartnership.org/esp-1
    text = (
        "Eastleigh is made up of a number of elements:\n- A set of underpinning principles\n"
        "- 8 themes which, in consultation with residents, were identified as important priorities for the "
        "Borough. In July 2006 they were renamed with titles that focused on desired outcomes rather than "
        "activities:\n- A Confident, Safe Community (formerly Community Safety)\n"
        "- A Prosperous Community (formerly Employment)\n"
    )
    labels = [priority.label for priority in read(text).priorities]
    assert labels == ["A Confident, Safe Community", "A Prosperous Community"]
    uncounted = text.replace("- 8 themes which", "- Themes which")
    with pytest.raises(UnknownLayoutError):
        read(uncounted)
