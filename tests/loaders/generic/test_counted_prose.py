"""A list counted in one sentence and given between commas in the next ("… four key themes. These
include A, B, C and D."), or given first and counted after it ("A, B, and C are thus the three
priorities …"), on snippets cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.parsing.countedprose import counted_after, counted_before
from tests.loaders.generic.reading import read

#: St Helens Star, "Clear signs of improvement in St Helens children's services, says report" (2021),
#: https://www.sthelensstar.co.uk/news/19201262.clear-signs-improvement-st-helens-childrens-services-says-report/
ST_HELENS = """Six areas of improvement focus have been agreed with the secretary of state for education.

These comprise improving permanency arrangements, continuous practice development and improvement, \
delivering people’s issues including recruitment and retention as well as staff development, delivering \
service improvement in particular edge of care as well as placement options, quality assurance/performance \
framework delivering improvements and early help.
"""

#: City of Wolverhampton Council, "Plan sets out priorities for city's young people and families" (2015),
#: https://www.wolverhampton.gov.uk/news/plan-sets-out-priorities-citys-young-and-families
WOLVERHAMPTON = """The Children, Young People and Families Plan 2015 to 2025 identifies 4 priority areas \
which the various partners that make up Wolverhampton Children's Trust must tackle over the next 10 years.

They include child poverty, health, family strength and finally education, training and employment.
"""


def test_the_items_in_the_sentence_after_the_count_are_read_when_there_are_as_many() -> None:
    assert [p.label for p in read(ST_HELENS).priorities] == [
        "improving permanency arrangements",
        "continuous practice development and improvement",
        "delivering people’s issues including recruitment and retention as well as staff development",
        "delivering service improvement in particular edge of care as well as placement options",
        "quality assurance/performance framework delivering improvements",
        "early help",
    ]


def test_the_count_and_the_items_may_share_a_line_and_the_kind_may_be_quoted() -> None:
    """Sefton's improvement plan as the news told it (2022),
    https://inkl.com/news/improvement-plan-for-troubled-children-s-services-published"""
    text = (
        "The 36 page document, phase one of a long road ahead for the service, has a focus on four key "
        '"themes of improvement." These include quality, implementation of learning, tools and strategic '
        "partnership."
    )
    assert [p.label for p in read(text).priorities] == [
        "quality",
        "implementation of learning",
        "tools",
        "strategic partnership",
    ]


def test_the_item_after_and_finally_is_the_last_whatever_its_commas() -> None:
    assert [p.label for p in read(WOLVERHAMPTON).priorities] == [
        "child poverty",
        "health",
        "family strength",
        "education, training and employment",
    ]


def test_a_list_not_as_long_as_its_count_is_no_items() -> None:
    seven = ST_HELENS.replace("Six areas", "Seven areas")
    assert counted_after(seven.split("\n\n")[1], seven.split("\n\n")[0]) is None
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(seven)


#: London Borough of Barnet, Children's Trust Board minutes: mid-year performance report on the Children
#: and Young People's Plan (2013), https://barnet.moderngov.co.uk/ieListDocuments.aspx?CId=456&MId=7395&Ver=4
BARNET = (
    "In introducing the report, Mr Tessier advised the Board that the progress was presented by seven "
    "strands with a monitoring period from April 2013 – September 2013.  The strands were: Early Years; "
    "Primary; Secondary; Preparation for Adulthood; Early Intervention and Prevention; Targeting of "
    "Resources to Narrow the Gap; and Keeping Children and Young People Safe.\n"
)


def test_the_sentence_after_the_count_may_name_the_counted_word_again() -> None:
    labels = [p.label for p in read(BARNET).priorities]
    assert len(labels) == 7
    assert labels[0] == "Early Years"
    assert labels[-1] == "Keeping Children and Young People Safe"
    # another word than the one counted names another list
    assert counted_after(BARNET.replace("The strands were", "The members were")) is None


#: North Warwickshire Sustainable Community Strategy 2009, its foreword as a PDF's text gives it (the
#: sentence wrapped over two lines, its contents page below),
#: https://paperzz.com/doc/6989539/north-warwickshire-sustainable-community-strategy-2009
NORTH_WARWICKSHIRE = """\
Educational attainment in North Warwickshire is currently the lowest in the County, the health of
our population is also amongst the poorest in the County, whilst our Borough also includes some of
the most remote and diverse rural communities in Warwickshire.
Raising educational attainment, improving health, and tackling rural access are thus the three
priorities we have decided to focus on as a Partnership. Each is a complex long-term ambition that
is going to require tenacity and commitment in order to make any real difference.
Contents
Section 1: Introduction
4
Section 2: Developing the Strategy
7
Section 3: Pressures, challenges and priorities
8
Section 4: Measuring Progress
13
Section 5: Further information
14
"""


def test_a_list_opening_a_sentence_that_then_counts_it_is_read() -> None:
    found = read(NORTH_WARWICKSHIRE)
    assert [(p.label, p.source_line) for p in found.priorities] == [
        ("Raising educational attainment", 4),
        ("improving health", 4),
        ("tackling rural access", 4),
    ]  # and the contents entries after "Section 3: … priorities" are its siblings, no priorities
    assert counted_before("Schools, health and the police are the three partners of the board.") is None
    assert counted_before("Schools and health are the three priorities.") is None  # two, not three
