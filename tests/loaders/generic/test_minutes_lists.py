"""Plan items that minutes and news state as a list inside their prose: a counted list opened by
"including" or "are", a counted list inside a minute's numbered paragraph, on snippets cut from the
wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.parsing.runlists import between_commas
from tests.loaders.generic.reading import read

#: Telford & Wrekin Council, Cabinet minutes on the Children and Young People's Strategy 2025-2028,
#: https://democracy.telford.gov.uk/mgAi.aspx?ID=15323
TELFORD = (
    "The report summarised the proposals for the Council’s draft Children and Young People Strategy for "
    "2025 – 2028 which was an overarching plan that will act as an umbrella for a range of supporting "
    "partnership strategies and transformation programmes. The vision of the strategy was that the Borough "
    "would be a home to healthy, safe children who achieve their potential and encompasses four main aims "
    "including start well, stay well, keep safe and enjoy and achieve.\n"
)

#: London Borough of Southwark, decision details of 11 April 2011 on the Children and Young People's
#: Plan, https://moderngov.southwark.gov.uk/mgDecisionDetails.aspx?IId=13939&Opt=1
SOUTHWARK = (
    "5.3  Jane Bailey, Assistant director for children’s services, introduced the report circulated by "
    "commenting that she hoped everybody present had had a chance to contribute to the plan; over 1000 "
    "voices had been recorded in the course of the plan’s development. The Assistant director reported "
    "that 5 key priorities had emerged: thinking family, narrowing the gap, raising the bar, succeeding "
    "into adulthood and working together – children safeguarded from harm and neglect.\n"
)


def test_a_counted_list_opened_by_including_is_read() -> None:
    assert [p.label for p in read(TELFORD).priorities] == [
        "start well",
        "stay well",
        "keep safe",
        "enjoy and achieve",
    ]


def test_a_counted_list_in_a_numbered_minute_is_read() -> None:
    assert [p.label for p in read(SOUTHWARK).priorities] == [
        "thinking family",
        "narrowing the gap",
        "raising the bar",
        "succeeding into adulthood",
        "working together – children safeguarded from harm and neglect",
    ]


def test_the_last_and_parts_the_items_nearest_the_others_length() -> None:
    assert between_commas("start well, stay well, keep safe and enjoy and achieve", 4)[2:] == [
        "keep safe",
        "enjoy and achieve",
    ]
    # with nothing to choose between, the last "and" parts them, as before
    assert between_commas("health, schools and roads and housing", 3)[1:] == ["schools and roads", "housing"]
