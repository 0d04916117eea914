"""A minute's lead-in naming objectives, said to members ("An overview was provided to members about …
the main objectives …, these were the following:"), and a bullet that only wraps the one above it; on a
snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.leadinkind import lead_in_kind
from tests.loaders.generic.reading import read

#: Oldham Council, Children and Young People Scrutiny Board minutes on the Youth Justice Plan 2023/24,
#: https://committees.oldham.gov.uk/ieListDocuments.aspx?CId=595&MeetingId=9024
OLDHAM = (
    "An overview was provided to members about what Youth Justice Services do and what the main objectives "
    "are for Positive Steps, these were the following:\n"
    "\n"
    "  • Reducing the number of first- time entrants (FTE) into the criminal justice service\n"
    "  •  Reducing re-offending by children subject to statutory Court Orders or Out of\n"
    "  • Court Disposals\n"
)


def test_who_was_told_is_not_what_the_list_holds() -> None:
    # "members" named a list of something else; said to them, it is who heard the objectives
    assert lead_in_kind(OLDHAM.splitlines()[0]) == "priority"


def test_a_bullet_ending_an_item_cut_off_after_of_joins_it() -> None:
    assert [p.label for p in read(OLDHAM).priorities] == [
        "Reducing the number of first- time entrants (FTE) into the criminal justice service",
        "Reducing re-offending by children subject to statutory Court Orders or Out of Court Disposals",
    ]


def test_an_item_ending_in_and_is_one_of_a_list() -> None:
    # Knowsley Council news on its Children and Families Plan (tests/corpus/wild/knowsley-2021-…)
    text = (
        "The plan sets out three priority areas to bring about improvements for children and their "
        "families in relation to:\n"
        "\n"
        "  • Prevention – to give children the best start in life;\n"
        "  • Education – to improve life chances; and,\n"
        "  • Family – supporting families to thrive.\n"
    )
    assert len(read(text).priorities) == 3
