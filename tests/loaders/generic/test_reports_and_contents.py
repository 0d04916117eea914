"""Reports, contents pages and meeting records whose numbered or listed lines are no plan items, on
snippets cut from the wild corpus (``tests/corpus/wild/``): a contents page's "CHAPTER FOUR" and "10
POLICY STATEMENTS" after "9 KEY THEMES" (its siblings, not its items), sections run onto their chapter's
line, the points a meeting noted after a paragraph counting the plan's outcomes, a report's numbered
prose, a document's title after a lead-in naming outcomes, and a committee site's link to a paper; and a
news page's headline naming the plan over its key points."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Amber Valley Borough Council, Play Strategy 2016-2021, its contents page (chapters and their
#: numbered sections, pages first), https://www.readkong.com/page/amber-valley-play-strategy-2016-2021-4626029
AMBER_VALLEY = """\
CONTENTS
      5   FOREWORD

      6   CHAPTER ONE
          SETTING THE SCENE
      6     1    INTRODUCTION AND SUMMARY
      6     2\tWHY A PLAY STRATEGY AND
          \t\t     WHAT IS IT FOR?
      6     3\tWHAT IS PLAY AND WHY IS IT
                 IMPORTANT?
      8     4    THE RATIONALE
      9     5\tSCOPE AND AIMS OF THE STRATEGY

     11   CHAPTER TWO
          CORPORATE INFORMATION
     11     6   AMBER VALLEY
     11     7\tEXISTING RESPONSIBILITIES AND
                RESOURCES
     11     8\tAUDIT OF EXISTING PLAY PROVISION

     18   CHAPTER THREE
          WHERE DO WE WANT TO GO?
     18     9   KEY THEMES
     19     10 POLICY STATEMENTS

     21   CHAPTER FOUR
          HOW ARE WE GOING TO GET THERE?
     21     11 DELIVERING THE PLAY STRATEGY

     22   CHAPTER FIVE
          WHEN WILL WE KNOW WE’VE ARRIVED?
     22     12 MONITORING AND EVALUATION
     22     13 PERFORMANCE INDICATORS

          APPENDIX 1   CONSULTATION RESULTS
          APPENDIX 2   QUALITY AUDIT
          APPENDIX 3   PLANS
     23   APPENDIX 4   NATIONAL AND LOCAL POLICY
"""

#: Cannock Chase Council, Play Strategy 2007-2012, its contents page (sections run onto their
#: chapter's line), https://fdocuments.us/document/making-a-difference-through-play.html
CANNOCK_CHASE = """\
Contents

1. Background 2. Definitions of Play

3. The Seven Best Play Objectives

4. Enriching Play

5. Benefits of Play

6. Barriers to Play

7. The Impact of Play Deprivation

8. Values and Principles

9. Rights of the child

10. National context

11. Local context

11.1 The Profile of Cannock Chase 11.2 Social and Demographic Change 11.3 Deprivation 11.4 \
Corporate Plan 11.5 Children & Young People Plan 11.6 Local Area Agreement 11.7 Housing \
Developments 11.8 Safer Communities 11.9 Children’s Health & Wellbeing

12. Local background for Play 12.1 Chase Sport and Play Partnership 12.2 District Needs 12.3 \
Inclusion & Equality 13. Workforce Development 14. The Play Cannock Chase Play Strategy

14.1 Mission statement 14.2 Strategic aim 14.3 Strategic priorities 14.4 Action plan 14.5 \
Performance Management & Indicators for Play

s-plb-026 2

ENCLOSURE 4.3

15. CHASE IT - PLAY - 16. Appendices
"""

#: Herefordshire Council, scrutiny committee minutes on the Children and Young People's Directorate
#: Plan 2008-2011, https://councillors.herefordshire.gov.uk/mgAi.aspx?ID=14509
HEREFORDSHIRE = """\
Performance Digest – Year End

The Performance Digest was set out under the five outcomes of Every Child Matters.  Data was set \
out in graphical form for the Performance Assessment Framework indicators and Best Value \
Performance Indicators.  Key areas in each of the outcome areas were drawn to the attention of the \
Committee in the agenda report.


During the course of scrutinising the reports the following principal points were noted:


  • The Director of Children’s Services reported that the Service already worked in partnership, in \
particular with Health, to embrace the necessary changes through the Local Area Agreement, the \
Children’s Trust and generally work better and more efficiently.
  • The Performance Digest still contained a number of provisional figures awaiting validation.
  • While the Directorate Plan covered a three year period it was an evolving document.  A number \
of new performance indicators would be incorporated later in the year.
  • While the documents contained percentage figures it was requested that actual figures be \
included to enable comparison.
  • Reference was made to the statements in the Directorate Plan (page 6 section 2.3 Employee \
Opinion Survey) concerning staff moral and excessive hours.
"""

#: Royal Borough of Kensington and Chelsea, Cabinet Member's Report on Current Issues (11 April
#: 2006), https://docslib.org/doc/3406497/the-royal-borough-of-kensington-and-chelsea
KENSINGTON = """\
1. BACKGROUND

1.1 OSC Members have requested regular updates on important projects and local or national Family \
and Children’s service developments.

2. CHELSEA ACADEMY

2.1 The design team (led by architects Feilden Clegg Bradley) is working on Stage A/B of the design \
process. A construction project manager has been appointed.

2.2 RBKC are awaiting a formal response from the DfES regarding RBKC becoming a joint sponsor of \
the Academy.

2.3 The Ashburnham Centre is being used by English National Ballet, West London Action for Children \
and the youth and play service.

2.4 Negotiations with the Heatherley’s School of Fine Art concerning its relocation are nearing \
completion.

3. CHILDREN’S FUND

3.1 Kensington and Chelsea Council held a special showcase event on 17 March to promote some of the \
projects provided by its Children's Fund to support children in the borough. The Children's Fund is \
a Government initiative to support both voluntary and local authority projects working to help \
disadvantaged children aged five to 13 and their families.

3.2 The event saw a special breakfast served in the Small Hall, Kensington Town Hall, to allow \
attendees to experience what a primary school breakfast club is like. Children from the Avondale \
Park Primary School Breakfast Club helped with the serving.
"""

#: Borough of Poole, Short List of Outcomes: Poole's Local Area Agreement (2006), its introduction,
#: https://docsbay.net/short-list-of-outcomes-poole-s-local-area-agreement
POOLE = """\
SHORT LIST OF OUTCOMES

POOLE’S LOCAL AREA AGREEMENT

Poole is a small (pop.137,900) and urban Unitary Council, part of a conurbation (pop. 496,000) on \
the edge of the South West region. Generally considered to enjoy a good quality of life, Poole has \
low unemployment, good health, low crime and good public services . But the town is facing stresses \
and the Council’s challenge is to sustain Poole’s strategic advantages, continue delivering good \
services and tackle a range of inequalities that exist.

The Council has expressed its response to the challenges and its ambitions for the town in a \
Corporate Striving for Excellence. Poole Partnership has developed its vision for the town after \
extensive public consultation. Both Striving for Excellence and Poole Partnership’s vision map onto \
the LAA framework very comfortably (see page 2). Poole Partnership are now using the structure and \
momentum of the LAA to move its Corporate Strategy to a higher plane.

Over recent decades Poole has enjoyed a strong and mixed economy. However, there are important \
structural issues for the council and its partners to work on – shortage of employment land, high \
proportion of low skilled jobs and poor transportation links. The attractive natural environment \
which helps make Poole such an attractive place to live does though, pose physical constraints on \
its ability to grow. So, attention is given to maximising the (re)use of urban land for housing and \
employment.
"""

#: Uttlesford District Council, the Draft Corporate Plan 2021-2025 issue page (its meetings),
#: https://uttlesford.moderngov.co.uk/ieIssueDetails.aspx?IId=14057&PlanId=0&Opt=3
UTTLESFORD = """\
Issue - meetings

Draft Corporate Plan 2021-2025

Meeting: 25/02/2021 - Council (Item 10.)

10. Draft Corporate Plan 2021-2025 pdf icon PDF 119 KB

To consider the Draft Corporate Plan 2021-2025.

Additional documents:


Meeting: 23/02/2021 - Council (Item 9)

9 Draft Corporate Plan 2021-2025 pdf icon PDF 119 KB

To consider the Draft Corporate Plan 2021-2025.

Additional documents:

"""


@pytest.mark.parametrize(
    "text",
    [AMBER_VALLEY, CANNOCK_CHASE, HEREFORDSHIRE, KENSINGTON, POOLE, UTTLESFORD],
    ids=["chapters", "sections run on", "points noted", "report prose", "document title", "paper link"],
)
def test_no_plan_items_are_found(text: str) -> None:
    with pytest.raises(UnknownLayoutError):
        read(text)


def test_a_kind_entry_keeps_its_unnumbered_items() -> None:
    found = read("Contents\n\n9 KEY THEMES\n\nPlay for all\n\nSafe places to play\n\nCHAPTER FOUR\n")
    assert [p.label for p in found.priorities] == ["Play for all", "Safe places to play"]


#: West Lancashire Borough Council, "Draft Council Plan 2023-2028 – Have your say" (a press release
#: reprinted by Burscough Town Council), https://burscoughtc.org.uk/draft-council-plan-2023-2028-have-your-say/
WEST_LANCASHIRE = """\
Draft Council Plan 2023-2028 – Have your say

  • Draft Council Plan 2023-2028 outlines the strategic ambitions and priorities over the next five years
  • Residents, businesses, and partner organisations are invited to share their views
  • The consultation will open 29th June 2023 until 10th August 2023

West Lancashire Borough Council is developing a new Council Plan for 2023-2028 and is inviting residents \
and partners to engage in an online consultation exercise to share their views on the draft plan.

To support the initial development of the draft Council Plan, feedback on the existing plan was collected \
from Councillors, staff and key stakeholders. This feedback, alongside other insight gained, including a \
cross-party councillor workshop, has been used to develop four key priorities, which are:

  • Create clean and environmentally sustainable places
  • Generate prosperity in our borough
  • Nurture inclusive and healthy communities to grow
  • Manage a resilient, financially strong Council that listens to its residents
"""


def test_a_headline_naming_the_plan_is_no_priority_over_the_news_key_points() -> None:
    found = read(WEST_LANCASHIRE)
    assert [p.label for p in found.priorities] == [
        "Create clean and environmentally sustainable places",
        "Generate prosperity in our borough",
        "Nurture inclusive and healthy communities to grow",
        "Manage a resilient, financially strong Council that listens to its residents",
    ]
    assert found.actions == [] and found.outcomes == []
