"""A sentence a PDF's column wraps over lines, read as one sentence by the counted and named list rules,
each item placed on the line its label starts on; on snippets cut from the wild corpus
(``tests/corpus/wild/``), printed as the stored page wraps them."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.wrappedsentences import wrapped_sentence
from tests.loaders.generic.reading import read

#: Leicestershire County Council, "Improving life in Leicestershire: Medium Term Corporate Strategy to
#: 2009" (2006), the Leader's foreword, http://www.docstoc.com/docs/26275137/Improving-life
LEICESTERSHIRE = """I am pleased to present the County Council‟s second Medium Term Corporate Strategy which
covers our priorities for the four year period to May 2009. The priorities are set out within our 3
overall aims of improving quality of life for people, improving quality of life in communities and
improving services so they are high quality and value for money. This focus on priorities is
intended to help everyone be clear about what the Council wants to achieve. Progress against
the targets will be monitored and published each year in the Council‟s Annual Plan.
"""

#: City of York Council, "Launching our new children and young people's plan" (2016), slides,
#: https://sambuz.com/doc/launching-our-new-children-and-young-people-s-plan-young-presentation-534631
YORK = [
    "Four Priorities: Early Help Emotional Narrowing Priority and Mental and Mental Gaps in Gaps in Groups "
    "Groups Health Outcomes #NWD2016 yor-ok.org.uk/nowrongdoor",
    "1. Early help • Better perinatal health to give children the best possible start • Great support in the "
    "Early Years • More children and families access the right early support at the right time",
]


def test_a_counted_list_wrapped_over_three_lines_is_read_each_item_on_its_own_line() -> None:
    aims = read(LEICESTERSHIRE).priorities
    assert [(aim.label, aim.source_line) for aim in aims] == [
        ("improving quality of life for people", 3),
        ("improving quality of life in communities", 3),
        ("improving services so they are high quality and value for money", 4),
    ]


def test_the_list_is_read_once_where_its_count_is_not_again_from_the_next_line() -> None:
    aims = read("Foreword\n\n" + LEICESTERSHIRE).priorities
    assert [aim.source_line for aim in aims] == [5, 5, 6]


def test_a_count_not_matching_the_wrapped_list_reads_nothing() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(LEICESTERSHIRE.replace("within our 3", "within our 4"))


def test_a_blank_line_ends_the_paragraph_so_nothing_wraps_over_it() -> None:
    parted = LEICESTERSHIRE.replace("within our 3\n", "within our 3\n\n")
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(parted)


def test_a_numbered_item_below_is_no_wrapped_line_of_the_sentence_above() -> None:
    assert wrapped_sentence(YORK, 1, lambda number: False) is None


def test_a_line_another_reader_read_is_no_wrapped_line() -> None:
    lines = LEICESTERSHIRE.splitlines()
    assert wrapped_sentence(lines, 2, lambda number: False) is not None
    assert wrapped_sentence(lines, 2, lambda number: number == 3) is None


def test_a_line_printed_in_cells_is_no_wrapped_line() -> None:
    lines = LEICESTERSHIRE.splitlines()
    lines[2] = lines[2].replace("people, improving", "people,     improving")
    assert wrapped_sentence(lines, 2, lambda number: False) is None


def test_a_typists_two_spaces_after_a_stop_are_no_cells() -> None:
    """Cornwall (2017) and Northumberland (2019) print two spaces after a full stop ("… Isles of
    Scilly.  These are:"); the Leicestershire paragraph so printed still wraps."""
    spaced = LEICESTERSHIRE.replace("May 2009. The", "May 2009.  The").replace("money. This", "money.  This")
    aims = read(spaced).priorities
    assert [(aim.label, aim.source_line) for aim in aims][2] == (
        "improving services so they are high quality and value for money",
        4,
    )


#: Surrey County Council, "Corporate Strategy performance" (2018), its opening paragraph wrapped at 60
#: columns as a PDF's column prints it,
#: https://www.surreycc.gov.uk/council-and-democracy/finance-and-performance/our-performance/our-corporate-strategy/corporate-strategy-performance
SURREY = """Corporate Strategy performance

Our Corporate Strategy is the key document that sets out how
we will realise our ambition to be delivering great value
for our residents by 2022. There are a total of 15
priorities under three strategic goals of wellbeing,
economic prosperity and resident experience.
"""

#: Brent Council, Community and Wellbeing Scrutiny minutes: the LSCB annual report 2017/18, wrapped at
#: 80 columns, https://democracy.brent.gov.uk/mgAi.aspx?ID=36826
BRENT = """Members heard that the LSCB had four priorities for 2017-18 – domestic abuse;
neglect; child sexual abuse; and child and parental mental ill health.
Throughout the year, the LSCB had carried out a range of activities to address
"""

#: East Sussex County Council, "Council Plan 2020/21", the introduction wrapped at 80 columns,
#: https://pdfslide.net/documents/council-plan-202021-east-sussex-keith-glazier-becky-shaw-leader-chief-executive.html
EAST_SUSSEX = """graduation Introduction This Council Plan sets out our ambitions and what we
plan to achieve by 2023 for our four overarching priority outcomes: driving
sustainable economic growth; keeping vulnerable people safe; helping people help
themselves; and making best use of resources. The Council provides services used
by all residents in East Sussex, including providing care and support to
children, families and the elderly; maintaining the roads and providing library
"""

#: Bury Council, Cabinet minutes: the children's services improvement programme (2022), wrapped at
#: 60 columns, https://councildecisions.bury.gov.uk/mgAi.aspx?ID=13854
BURY = """striving to do ‘with’ children and families not ‘to’ them.
The plan would also have three priorities to improve the
quality of practice (improving how we identify and support
children and families in need of help and protection, more
purposeful and timely care planning, and better support for
care leavers) and four underpinning conditions to support
these: better partnership governance, more stable and
effective management, skilled and experienced workforce, and
improvement of performance management and quality assurance
metrics.
"""


def test_a_list_counted_in_a_sentence_starting_mid_line_after_a_we_will_sentence() -> None:
    goals = read(SURREY).priorities
    assert [(goal.label, goal.source_line) for goal in goals] == [
        ("wellbeing", 6),
        ("economic prosperity", 7),
        ("resident experience", 7),
    ]


def test_a_line_ending_in_a_semicolon_goes_on_to_the_next() -> None:
    priorities = read(BRENT).priorities
    assert [(p.label, p.source_line) for p in priorities] == [
        ("domestic abuse", 1),
        ("neglect", 2),
        ("child sexual abuse", 2),
        ("child and parental mental ill health", 2),
    ]


def test_the_lines_after_the_list_are_no_wrapped_end_of_its_last_item() -> None:
    outcomes = read(EAST_SUSSEX).outcomes
    assert [(o.label, o.source_line) for o in outcomes][-1] == ("making best use of resources", 4)


def test_a_sentence_wrapped_over_nine_lines() -> None:
    priorities = read(BURY).priorities
    assert [(p.label, p.source_line) for p in priorities] == [
        ("improving how we identify and support children and families in need of help and protection", 3),
        ("more purposeful and timely care planning", 4),
        ("better support for care leavers", 5),
    ]
