"""What a news page and a report's cover print around a plan's words, read as no items: pictures' alt
texts ("risk thumbnail") between a web page's priorities and the descriptions after them, a caption printed
twice over ("The eight prioritiesThe eight priorities" / "The eight priorities"), or a page's title
printed again in its heading, is no table's header; a cover's "Public Consultation Draft" is no priority,
"Hide Ad" and a word cut short ("Co") no headings; a cover's "Priorities for 2009/10" / "Including WSCB
Action Plan 2009/10" is a title over two lines, and "Content      Page" heads a contents page whose
entries ("Preface      4") are no table's rows. Snippets cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.flattables import rebuild_tables
from councilkg.loaders.parsing.columns import ColumnMap, map_columns
from tests.loaders.generic.reading import read

#: Bedford Today, "Bedford Borough SEND offer goes from 'disjointed' to an example to what can be
#: achieved" (4 January 2023), the page's text as stored, its picture's caption printed twice,
#: https://www.bedfordtoday.co.uk/news/politics/council/bedford-borough-send-offer-goes-from-disjointed-to-an-example-to-what-can-be-achieved-3977547
BEDFORD = """The portfolio holder for education and children’s services, councillor James Valentine (Labour, \
Kempston) said: “Bedford borough has made notable improvements in its provision for children and \
young people with special needs and disabilities.

The eight prioritiesThe eight priorities
The eight priorities

“When I was appointed as portfolio holder in May 2019, Bedford borough still had a written \
statement of action following an Ofsted and CQC inspection in 2018.

“I was very proud when we passed our revisit inspection in February 2020.

“At that time the inspector said, ‘From their previously disjointed approach, leaders are now a \
cohesive area team that challenges and supports its members.

Hide Ad
Hide Ad

“‘As a result, area leaders are tackling systematically and effectively the significant weaknesses \
identified at the initial inspection.’

“We have now been identified by the Department for Education as one of only four sector-led \
improvement partners for special needs children,” he said.

“That is to say we are consultants for other local authorities that are going through a similar \
improvement journey.”

Co"""

#: Wandsworth Safeguarding Children Board, Annual Report 2008/09 and Priorities for 2009/10, its cover
#: and contents, http://www.docstoc.com/docs/107671479/Wandsworth-Safeguarding-Children-Board
WANDSWORTH = """Safeguarding Children

    Annual Report
     2008/09 and
Priorities for 2009/10
  Including WSCB Action Plan 2009/10

Content                                                                              Page

     Preface                                                                            4

1.   Introduction                                                                       5

2.   Wandsworth Safeguarding Children Board                                             7
     2.1    Structure                                                                   7
     2.2    WSCB Multi-agency sub-groups                                                8
     2.3    WSCB Working groups                                                         9
     2.4    Individual organisations and other multi-agency safeguarding groups         9
     2.5    Membership (Appendix 1)                                                     10
3.   Key Actions & Achievements of 2008/09                                              11
     3.1    Delivery of WSCB multi-agency training programme                            11
     3.2    Joint Area Review Inspection                                                11
     3.3    Successful roll out of updated 3rd Addition of London Child Protection
            Procedures                                                                  12
     3.4    Discontinuation of Child Protection Register                                12
     3.5    General awareness raising and publicity campaigns                           13
     3.6    Consultation with children, young people and families:                      14
            3.6.1 ‘Youths’ handbooks – information for young people                     14
            3.6.2 ‘Keeping safe online’ mouse mat competition & prize giving            14"""


#: London Borough of Hammersmith & Fulham, Corporate performance plan 2012/15 web page, its pictures'
#: alt texts over each priority,
#: http://www.lbhf.gov.uk/Directory/Council_and_Democracy/Plans_performance_and_statistics/Local_strategies_and_plans/Corporate_performance_plan/43847_Corporate_performance_plan.asp
HAMMERSMITH = """The council’s key priorities

thumbnail people
Delivering high quality, value for money public services
– we will seek to deliver the highest quality services at the lowest possible cost to the taxpayer. \
 We want to delight local people; not only with the service they receive, but also with the value \
for money we give them.

risk thumbnail
Tackling crime and anti-social behaviour
– our objective is to tackle crime and anti-social behaviour and to improve the quality of life by \
reducing the environment for crime and the fear of crime.

cleaner greener thumbnail corp
Creating a cleaner, greener borough
– we aim to markedly improve the local environment, delivering cleaner streets all year round and \
improving parks so everyone can enjoy the green open spaces the borough has to offer. There will be \
strict enforcement of littering, graffiti and fly tipping.

education corp thumbnail
A top quality education for all
– we aim to improve school standards, promote school autonomy and deliver greater choice and \
diversity for parents.

housing corp thumbnail
Promoting home ownership
– our aim is to make home ownership more affordable for a greater number of residents and, in so \
doing, increase home ownership in the borough. This will help address the current tenure imbalances \
and ensure that more local people stay in the borough and have a stake in its future. In particular \
we will provide more home ownership oppor

"""


@pytest.mark.parametrize("text", [BEDFORD, WANDSWORTH], ids=["news page", "cover and contents"])
def test_a_news_page_or_a_cover_with_contents_gives_no_items(text: str) -> None:
    with pytest.raises(UnknownLayoutError):
        read(text)


def _header(cells: list[str]) -> ColumnMap | None:
    columns = map_columns(cells)
    return columns if len(columns.columns) >= 2 else None


@pytest.mark.parametrize("text", [BEDFORD, WANDSWORTH], ids=["caption printed twice", "contents entries"])
def test_no_table_is_rebuilt_under_a_caption_or_over_contents_entries(text: str) -> None:
    assert rebuild_tables(text.split("\n"), _header).tables == []


def test_a_table_one_cell_per_line_is_still_rebuilt() -> None:
    rebuilt = rebuild_tables(["Priority", "Lead", "Reduce exclusions", "Head of Inclusion"], _header)
    assert [table.header for table in rebuilt.tables] == [("Priority", "Lead")]


def test_priorities_between_pictures_alt_texts_and_over_their_descriptions_are_read() -> None:
    found = read(HAMMERSMITH)
    assert [p.label for p in found.priorities] == [
        "Delivering high quality, value for money public services",
        "Tackling crime and anti-social behaviour",
        "Creating a cleaner, greener borough",
        "A top quality education for all",
        "Promoting home ownership",
    ]
    assert not found.actions


#: Tendring District Council, Corporate Plan 2016-2020 web page (its priorities, each over a paragraph
#: that ends without a full stop, and the page's last-updated line), https://www.tendringdc.gov.uk/council/performance-spending/councils-corporate-plan
TENDRING = """\
Our priorities to tackle these challenges are:-

Our Council / Our Community

A focus on engaging with and supporting all tiers of the local community, working with partners, \
addressing crime and delivering a balanced budget.

Employment and Enjoyment

A focus on encouraging major business investment as well as supporting smaller businesses, making \
the most of our assets, working with partners to boost qualifications and skills, providing quality \
tourist attractions and leisure facilities

Health and Housing

A focus on working with partners to help those with mental health problems, building council \
houses, shaping the locale and environment, working with partners to support children, identifying \
opportunities for local regeneration

The high level priorities set out in the Corporate Plan are complemented by specific actions to be \
taken which are set out in Our Priorities and Projects 2018/19.

Last updated on: 19/12/2019 - 09:42
"""


def test_titles_over_paragraphs_without_stops_are_read_and_the_page_date_is_not() -> None:
    found = read(TENDRING)
    assert [p.label for p in found.priorities] == [
        "Our Council / Our Community",
        "Employment and Enjoyment",
        "Health and Housing",
    ]
    assert read("Our priorities are:\n\nSafe streets\n\nArticle date: 8th February 2024\n").priorities[
        -1
    ].label == ("Safe streets")


#: Preston City Council, Achieving Preston's Priorities (corporate plan page, 2023),
#: https://preston.gov.uk:443/article/1324/Corporate-plan-Achieving-Preston-s-Priorities-
PRESTON = """\
Corporate plan - Achieving Preston's Priorities
Achieving Preston's Priorities
The Achieving Preston's Priorities (APP) document is produced annually and sets out the links between \
these priorities and each service's delivery plan.
You can download a copy of the Achieving Preston's Priorities Document 2023/24 (PDF) [1MB] .
The Service Delivery Plans incorporate the relevant key projects and priorities from the APP and show \
how planned service developments link to the strategic objectives.
The plans identify the lead officer responsible for the delivery of projects. Workforce planning is \
undertaken as part of service planning at Preston City Council.
Our vision sees Preston as a growing vibrant city in the North West
This will only be achieved in partnership with all stakeholders in the city. To achieve this the \
council's medium to long term objectives for the city and the council as an organisation are set out \
as three priority areas.
- Your City - Securing investment; improving assets and infrastructure; attracting high quality jobs; \
creating a city with a strong cultural and leisure offer.
- Fairness for you - Fairness at the heart of decision making; an economy supporting prosperity and \
promoting fairness in working lives and practices; accessibility to affordable energy and decent \
affordable homes.
- Your Council - Providing well run value for money services; demonstrating good governance, openness, \
transparency and a strong democratic process.
"""


def test_a_page_title_printed_again_in_its_heading_is_no_tables_header() -> None:
    found = read(PRESTON)
    assert [priority.label.split(" - ")[0] for priority in found.priorities] == [
        "Your City",
        "Fairness for you",
        "Your Council",
    ]


#: Sevenoaks District Community Plan Priorities 2019-2023, its cover as the stored copy gives it
#: (https://docslib.org/doc/4978015/sevenoaks-district-community-plan-priorities-2019-2023).
SEVENOAKS = """\
Public Consultation Draft: District Community Plan Priorities 2019-2023

Sevenoaks District Community Plan Priorities 2019-2023

Public Consultation Draft

Page |

1
"""


def test_a_covers_status_under_a_title_naming_priorities_is_no_priority() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(SEVENOAKS)


def test_a_pages_share_links_are_no_action() -> None:
    # Chorley Council, Corporate Strategy 2021 (the wild corpus's chorley-2021-corporate-strategy-
    # involving-residents-measures), its page's foot
    text = (
        "Involving residents in improving their local area and equality of access for all\n"
        "\n"
        "We will:\n"
        "\n"
        "  • launch Astley Hall attraction and visitor experience\n"
        "  • lead activity to address climate change including tree planting\n"
        "\n"
        "Share this page\n"
        "\n"
        "Share on Facebook Share on Twitter Share by email\n"
    )
    assert [a.label for a in read(text).actions] == [
        "launch Astley Hall attraction and visitor experience",
        "lead activity to address climate change including tree planting",
    ]
