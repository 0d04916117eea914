"""Measures and risks that committee minutes and performance reports name: a list a counted lead-in
names whose sentence ends with a period's date, risks a numbered minute leads in and names before a
colon and a comment, measures a sentence opens with and says are above or below target, measures
called "the indicator for …" or quoted, named with the target set for them or with their value and
target in brackets, risks named after the word, values stated beside a measure compared with its
target; on snippets cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.leadinkind import lead_in_kind
from councilkg.loaders.generic.namedcomment import name_before_comment
from councilkg.loaders.parsing.namedmeasures import measures_named_in_prose, risks_named_in_prose
from councilkg.loaders.parsing.targetprose import measures_beside_targets, measures_named_against_targets
from tests.loaders.generic.reading import read

#: Blackpool Council, Scrutiny Committee minutes on the Council Plan Performance Report Quarter 2
#: 2016/2017, https://democracy.blackpool.gov.uk/mgAi.aspx?ID=7735
BLACKPOOL = (
    "Of the indicators where data was available, it was reported to the Committee that there were three "
    "indicators in which performance had deteriorated in Quarter 2 2016/2017:\n"
    "\n"
    "·         Achievement of five or more A* - C grades at GCSE or equivalent including English and Maths\n"
    "\n"
    "·         Number of referrals / rate of referrals to social care per 10,000 children; and\n"
    "\n"
    "·         Number of looked after children / rate of looked after children per 10,000 population.\n"
)


def test_a_quarter_before_its_year_is_no_count() -> None:
    # "Quarter 2 2016/2017" counted "2016" as the list's kind, so the lead-in named none
    assert lead_in_kind(BLACKPOOL.splitlines()[0]) == "indicator"
    assert [i.label[:40] for i in read(BLACKPOOL).indicators] == [
        "Achievement of five or more A* - C grade",
        "Number of referrals / rate of referrals ",
        "Number of looked after children / rate o",
    ]


#: London Borough of Hackney, Audit Committee minutes on the Children & Education Directorate Risk
#: Register, https://hackney.moderngov.co.uk/mgAi.aspx?ID=42366
HACKNEY = (
    "Minutes:\n"
    "\n"
    "6.1    The Group Director Children and Education introduced the report and began by highlighting "
    "that a new directorate-wide risk had been added.\n"
    "\n"
    "6.2  In addition the following risks were also highlighted:\n"
    "\n"
    "·  Delays responding to Subject Access Requests: this reflected the impact the cyberattack in October "
    "2020 had on care leavers experiencing delays in receiving their records.\n"
    "\n"
    "·  Reduction of the use of residential placements: this reflected the impact of the cost of living "
    "and fuel price crises.\n"
    "\n"
    "6.3  The Group Director Children and Education also discussed the risks in relation to Special "
    "Educational Needs (SEND) and disabilities, including:\n"
    "\n"
    "·  Budget pressures: the overspend remained a concern, but the statutory override had been extended "
    "to March 2026.\n"
)


def test_a_numbered_minute_leading_in_risks_starts_their_list() -> None:
    # "Minutes:" over numbered paragraphs led into a list of something else, which held "6.2 …:" too
    assert [r.label for r in read(HACKNEY).risks] == [
        "Delays responding to Subject Access Requests",
        "Reduction of the use of residential placements",
        "Budget pressures",
    ]


def test_a_short_description_after_a_colon_is_no_comment() -> None:
    # Derby City Council, Local Area Inclusion Plan objectives,
    # https://www.derby.gov.uk/education-and-learning/derbys-send-local-offer/send-inclusion-derby/our-local-area-inclusion-plan
    assert name_before_comment("Co-production: valuing the uniqueness of all.") is None
    # Reading Borough Council, strategic risk register: a risk named with no colon stays whole
    assert name_before_comment("Cyber - Risk of loss from cyber attack") is None


#: London Borough of Havering, Children & Learning Overview and Scrutiny Sub-Committee minutes on the
#: Corporate Performance Update, Quarter One, http://democracy.havering.gov.uk/mgAi.aspx?ID=14431
HAVERING = (
    "The update report outlined the following area of highlights:\n"
    "\n"
    "      The number of new in-house foster carers was better than target.  There  have been 6 new in-house "
    "foster carers recruited which bodes well for reaching the full year target of 20.\n"
    "\n"
    "The Sub-Committee noted the following areas where improvements were required:\n"
    "\n"
    "      The percentage of young people leaving care who were in education, employment or training at "
    "ages 18 – 21; it was stated that the figure was  below target and worse than the previous quarter.\n"
    "\n"
    "      The percentage of looked after children who ceased to be LAC as a result of permanency (adoption "
    "and special guardianship) was recorded as below target.\n"
)

#: London Borough of Islington, Children's Services Scrutiny Committee minutes on the Quarterly Review of
#: Children's Services Performance (Q1), http://democracy.islington.gov.uk/mgAi.aspx?ID=10558
ISLINGTON = (
    "The following main points were noted in the discussion:\n"
    "\n"
    "·         The percentage of persistently absent primary school children was better than target at 9.5%, "
    "however the service was working to reduce this.\n"
    "\n"
    "·         The quarter 2 report would include GCSE results for 2015/16, and it was indicated that these "
    "were above the national average.\n"
)


def test_a_sentence_opening_with_a_measure_says_where_it_stands_against_its_target() -> None:
    assert [i.label for i in read(HAVERING).indicators] == [
        "The number of new in-house foster carers",
        "The percentage of young people leaving care who were in education, employment or training at "
        "ages 18 – 21",
        "The percentage of looked after children who ceased to be LAC as a result of permanency "
        "(adoption and special guardianship)",
    ]


def test_a_point_noted_naming_a_measure_against_its_target_is_read() -> None:
    assert [i.label for i in read(ISLINGTON).indicators] == [
        "The percentage of persistently absent primary school children"
    ]


def test_a_sentence_naming_no_measure_against_target_names_none() -> None:
    # Havering: what the target is, not where a measure stands; Islington: results above an average
    assert measures_named_against_targets(HAVERING.splitlines()[2].split(".  ")[1]) == []
    assert measures_named_against_targets(ISLINGTON.splitlines()[4][10:]) == []


#: London Borough of Bromley, Children and Young People PDS Committee minutes (21/02/2012) on key
#: performance indicators for Quarter 3, https://cds.bromley.gov.uk/ieIssueDetails.aspx?IId=14065&Opt=3
BROMLEY = (
    "The indicator for percentage of social care core assessments completed within 35 working days was also "
    "highlighted.  The Assistant Director: Safeguarding and Social Care confirmed that performance against "
    "the target had improved.\n"
    "\n"
    "A Member noted the indicator for percentage of schools judged by Ofsted to be in category (special "
    "measures or notice to improve), and queried whether this indicator should be broadened to include "
    "schools rated ‘satisfactory’.\n"
)

#: Thurrock Council, Children's Services Overview and Scrutiny Committee minutes on the Month 9 / Quarter
#: 3 Corporate Performance Report 2015/16, https://democracy.thurrock.gov.uk/mgAi.aspx?ID=4385
THURROCK = (
    "Officers took the Committee through each indicator that required comment. The first, ‘The percentage "
    "of schools judged good by OFSTED’, was discussed and it was outlined that two further schools were "
    "expected to receive ratings in the near future.\n"
    "\n"
    "The Committee discussed the indicator relating to ‘Looked After Children’ and officers stated that the "
    "outcomes for those not in education, employment or training (NEET) would need to be reviewed.\n"
    "\n"
    "‘The rate of children subject to child protection plans’ was usually affected by the increase in "
    "children entering the system who needed the plans. It was a demand led indicator.\n"
)


def test_the_indicator_for_a_measure_names_it() -> None:
    assert [i.label for i in read(BROMLEY).indicators] == [
        "percentage of social care core assessments completed within 35 working days",
        "percentage of schools judged by Ofsted to be in category (special measures or notice to improve)",
    ]


def test_a_quoted_measure_or_the_indicator_relating_to_a_quoted_name_is_read() -> None:
    assert [i.label for i in read(THURROCK).indicators] == [
        "The percentage of schools judged good by OFSTED",
        "Looked After Children",
        "The rate of children subject to child protection plans",
    ]


def test_the_indicators_for_a_quoted_name_are_a_group_no_measure() -> None:
    # Blackpool (above): "indicators for ‘Resilient Communities’" are the Council Plan's group of them
    text = (
        "Mrs Henshaw reported that a number of the Council Plan indicators for ‘Resilient Communities’ that "
        "were due to be considered by the Committee were either annual or bi-annual and therefore could not "
        "be reported on for the quarter."
    )
    assert measures_named_in_prose(text) == []


#: Bromley (above), the same minute's last sentence, and Leicestershire County Council, Children and
#: Families Overview and Scrutiny Committee minutes on the Quarter 3 Performance Report,
#: https://democracy.leics.gov.uk/mgAi.aspx?ID=47466
TARGETS_FOR = (
    "The Chairman underlined the importance of ensuring core assessments were completed to a high standard, "
    "and congratulated Officers on exceeding the 90% target for the percentage of children who had a "
    "referral for services from Children’s Social Care who then went onto an initial assessment.\n"
    "\n"
    "Members noted Leicestershire’s target for 2017/18 of 70% of pupils achieving five or more A*-C GCSE’s "
    "(including English and Maths), and queried what actions would need to be taken in supporting schools "
    "to achieve this target.\n"
)


def test_a_target_set_for_a_measure_names_it() -> None:
    assert [i.label for i in read(TARGETS_FOR).indicators] == [
        "percentage of children who had a referral for services from Children’s Social Care who then went "
        "onto an initial assessment",
        "pupils achieving five or more A*-C GCSE’s (including English and Maths)",
    ]


#: Kilburn Times on the London Borough of Brent's Borough Plan scorecard, Quarter 1 2019/20,
#: https://www.kilburntimes.co.uk/news/local-council/cabinet-to-meet-after-number-of-brent-targets-found-to-3777504
BRENT = (
    "A number of priorities within the plans were found to be well below target. Ten of Brent 2020’s 29 "
    "priorities have been graded red, meaning they are falling significantly below target. The Living Room "
    "employment outcomes (actual YTD 6, target 10) and Brent Works apprenticeship outcomes (actual YTD 3, "
    "target 10) are both currently significantly below target whilst the number of empty properites bought "
    "back into use (YTD 6, target 25), the amount of looked after children placed with foster carers (YTD "
    "71.8%, target 75%), reports of fly tipping (4,568 incidents, target 3,000), and the percentage of care "
    "leavers in employment, education or training EET (YTD 47% target 58%) have all been rated as red.\n"
)


def test_a_measure_with_its_value_and_target_in_brackets_is_read() -> None:
    assert [i.label for i in read(BRENT).indicators] == [
        "The Living Room employment outcomes",
        "Brent Works apprenticeship outcomes",
        "the number of empty properites bought back into use",
        "the amount of looked after children placed with foster carers",
        "reports of fly tipping",
        "the percentage of care leavers in employment, education or training EET",
    ]


def test_a_target_in_an_aside_names_no_measure() -> None:
    # Northumberland County Council, Corporate Plan 2013-17 achievements (appendix 2),
    # https://vdocuments.mx/appendix-2-achievements-in-delivery-of-the-corporate-plan-referral-drug.html
    text = (
        "We are also in the final stages of producing our Core Strategy which will support the creation of "
        "10,000 extra jobs and the delivery of 24,320 extra homes (including a target of 30% affordable "
        "homes) in the county over the period 2011 to 2031."
    )
    assert measures_named_in_prose(text) == []


#: London Borough of Haringey, Audit Committee minutes on the Corporate Risk Register June 2011,
#: https://www.minutes.haringey.gov.uk/ieIssueDetails.aspx?IId=31627&Opt=3
HARINGEY = (
    "Reference was made to risk concerning the lack of safety and well being for clients within child "
    "protection services. It was questioned whether the salary for the Director of Children and Young "
    "people’s services could now be justified given the rag status of this risks was at amber instead of "
    "red.\n"
)


def test_a_risk_named_after_the_word_is_read() -> None:
    assert [r.label for r in read(HARINGEY).risks] == [
        "the lack of safety and well being for clients within child protection services"
    ]


def test_a_risk_titled_in_a_minute_among_numbered_paragraphs_is_read() -> None:
    # Hackney (above), its first paragraph: "Minutes:" over numbered paragraphs leads in no items, but a
    # risk a paragraph names by its title is one
    text = (
        "Minutes:\n"
        "\n"
        "6.1    The Group Director Children and Education introduced the report and began by highlighting "
        "that further to the publication of the Local Safeguarding Practice Review relating to Child Q, a "
        "new directorate-wide risk had been added under the title “management of partnership agencies in "
        "ensuring the well-being of children”.\n"
        "\n"
        "6.2  In addition the following risks were also highlighted:\n"
        "\n"
        "·  Budget pressures: the overspend remained a concern, but the statutory override had been extended "
        "to March 2026.\n"
    )
    assert [r.label for r in read(text).risks] == [
        "management of partnership agencies in ensuring the well-being of children",
        "Budget pressures",
    ]


def test_risks_in_relation_to_a_subject_are_a_group() -> None:
    line = next(line for line in HACKNEY.splitlines() if line.startswith("6.3"))
    assert risks_named_in_prose(line) == []


#: Darlington Borough Council, Children and Young People Scrutiny Committee minutes on the Performance
#: Indicators Quarter 1 2019/20, https://democracy.darlington.gov.uk/mgAi.aspx?ID=3008
DARLINGTON = (
    "It was highlighted that 96.8 per cent of referrals are screened and completed within one day which was "
    "above the target of 90 per cent; 14.8 per cent of re-referrals were repeated within 12 months which was "
    "in an increase on the target of 18 per cent; 100 per cent of children with a Child Protection Plan and "
    "100 per cent of Children Looked After have an allocated social worker; 8; and 29.6 per cent of Care "
    "Leavers who were not in employment, education or training (NEET).\n"
)


def test_values_beside_a_measure_compared_with_its_target_are_measures_too() -> None:
    assert [i.label for i in read(DARLINGTON).indicators] == [
        "referrals are screened and completed within one day",
        "re-referrals were repeated within 12 months",
        "children with a Child Protection Plan",
        "Children Looked After have an allocated social worker",
        "Care Leavers who were not in employment, education or training (NEET)",
    ]


def test_values_in_a_sentence_comparing_none_with_a_target_are_no_measures() -> None:
    # Royal Borough of Windsor and Maidenhead, Annual Performance Report minutes,
    # https://rbwm.moderngov.co.uk/mgAi.aspx?ID=9814: the one measure compared, nothing beside it
    text = (
        "It was noted that 46.6 per cent of children in this age group had received a health check, "
        "compared to the target of 77 per cent, which was the national average. An improvement towards 60 "
        "per cent had been made in more recent months."
    )
    assert measures_beside_targets(text) == []


#: Slough Borough Council, scrutiny panel minutes on the Prevention of Youth Offending /
#: Re-Offending, http://slough.gov.uk/moderngov/mgAi.aspx?ID=40259
SLOUGH = (
    "A summary of performance was set out in Table 3 in the Appendix to the report and it was noted that "
    "there had been a slight reduction in the number of first time entrants to the youth justice system aged "
    "10-17 from 58 to 57.  This figure was better than the local target of 62 entrants in 2018/19.  The "
    "number of custody offences had fallen by half from the previous year.  Slough’s figure was higher than "
    "the regional average but below national trends.  Re-offending had also fallen to 12.9% which was "
    "significantly better than the local target of 25.8% or less for 2018/19.\n"
)


def test_a_measure_better_than_its_target_is_read_from_the_figure_or_what_fell() -> None:
    # "This figure was better than the local target …": the figure of the measure the sentence before named;
    # "The number of custody offences had fallen by half …": a measure the meeting reports as having moved
    assert [i.label for i in read(SLOUGH).indicators] == [
        "the number of first time entrants to the youth justice system aged 10-17",
        "Re-offending",
        "The number of custody offences",
    ]


def test_a_measure_in_a_sentence_rating_the_indicator_is_read() -> None:
    # Leicestershire (above), the quarter 3 minute's first paragraph
    text = (
        "It was noted that whilst the percentage of children becoming subject to a child protection plan for "
        "a second or subsequent time had decreased, Leicestershire remained in the fourth quartile of local "
        "authorities and the performance indicator was RAG rated as RED.\n"
    )
    assert [i.label for i in read(text).indicators] == [
        "the percentage of children becoming subject to a child protection plan for a second or "
        "subsequent time"
    ]
    # a rating of something else names no measure
    assert measures_named_in_prose(text.replace("performance indicator", "action")) == []


def test_a_bracketed_target_after_a_bullet_names_no_bullet_mark() -> None:
    # Devon County Council, Children's Improvement Plan 2015/16, priority 5,
    # https://new.devon.gov.uk/childrens-improvement-plan/priorities-for-201516/priority5
    line = (
        "  • Increased use of Access to Independent Visitors service (target 10 for 2015/16) by children in "
        "care"
    )
    assert measures_named_in_prose(line) == ["Increased use of Access to Independent Visitors service"]


def test_a_value_of_this_group_is_of_the_measure_the_sentence_before_names() -> None:
    # Royal Borough of Windsor and Maidenhead, Annual Performance Report minutes,
    # https://rbwm.moderngov.co.uk/mgAi.aspx?ID=9814
    text = (
        "Of the 25 Indicators only two had been given a red rating of having missed its target and one of "
        "these related to children’s services, regarding the proportion of children aged two to two and a "
        "half who had taken part in health checks carried out by Council health visitors. It was noted that "
        "46.6 per cent of children in this age group had received a health check, compared to the target of "
        "77 per cent, which was the national average.\n"
    )
    assert [i.label for i in read(text).indicators] == [
        "the proportion of children aged two to two and a half who had taken part in health checks carried "
        "out by Council health visitors"
    ]


#: Darlington Borough Council, Children and Young People Scrutiny Committee minutes: performance
#: indicators, quarter four 2017/18, https://democracy.darlington.gov.uk/mgAi.aspx?ID=302
DARLINGTON_2018 = (
    "It was highlighted that 96.7 per cent of contacts had been completed within one working day which "
    "exceeded the target of 95 per cent and only 0.6 per cent of contacts were completed in more than three "
    "working days; the percentage of assessments completed within 45 working days was 93.3 per cent which "
    "has consistently exceeded the target of 90 per cent and higher than statistical neighbours.\n"
)


def test_measures_said_to_exceed_their_target_are_read_with_it() -> None:
    indicators = read(DARLINGTON_2018).indicators
    assert [i.label for i in indicators] == [
        "contacts had been completed within one working day",
        "the percentage of assessments completed within 45 working days",
    ]


#: Worcestershire County Council, Cabinet, 2016: the balanced scorecard and corporate risk register
#: (https://worcestershire.moderngov.co.uk/mgAi.aspx?ID=3759), two of the points made.
WORCESTERSHIRE = """In the ensuing discussion, the following main points were made:

·         The Debtor Days performance indicator had moved from a green to an amber risk. This figure was \
somewhat skewed by five blocked debts totalling £1.7m.

·         The performance indicator for sickness rates had improved from a red to an amber risk which was \
better than expected.
"""


def test_a_performance_indicator_a_meeting_names_as_such_is_a_measure() -> None:
    labels = [indicator.label for indicator in read(WORCESTERSHIRE).indicators]
    assert labels == ["Debtor Days", "sickness rates"]


#: Middlesbrough Council, Executive, 2022: the Children's Services Improvement Plan's progress
#: (https://moderngov.middlesbrough.gov.uk/ieIssueDetails.aspx?IId=13097&Opt=3).
MIDDLESBROUGH = """The most significant risks to continued improvement and delivering against the Children’s \
Services Improvement Plan were:

·         The challenge of recruiting permanent experienced social work staff. Currently, 26% of social \
work staff were agency workers with the resulting additional staffing costs.

·         Maintaining the pace of improvement despite financial constraints, for example continuing to fund \
the Practice Leads and colleagues from Audit to Excellence.
"""


def test_a_listed_risk_is_the_sentence_naming_it_not_the_sentences_after_on_how_it_stands() -> None:
    assert [risk.label for risk in read(MIDDLESBROUGH).risks] == [
        "The challenge of recruiting permanent experienced social work staff.",
        "Maintaining the pace of improvement despite financial constraints, for example continuing to fund "
        "the Practice Leads and colleagues from Audit to Excellence.",
    ]


#: Lincolnshire County Council, Public Protection and Communities Scrutiny Committee, Council Business Plan
#: 2019/20 Quarter 3 performance, https://lincolnshire.moderngov.co.uk/mgAi.aspx?ID=14342
LINCOLNSHIRE_POINTS = """\
Members discussed the report, in which the following points were noted:

  • Reported incidents of domestic abuse (M7) – this measure included new cases and repeat offences. \
A breakdown of cases by gender was requested by the Board.
  • Increase in 16-17 year old Looked After Children participating in learning (M45) – The dip in \
performance for Quarter 2 (July to September 2019) was due to the timing of the data.
  • Members asked about the new contract (2019) – it was noted that it had started.
"""


def test_a_point_naming_a_measure_by_its_code_then_commenting_names_the_measure() -> None:
    found = read(LINCOLNSHIRE_POINTS)
    assert [(i.ref, i.label, i.source_line) for i in found.indicators] == [
        ("M7", "Reported incidents of domestic abuse", 3),
        ("M45", "Increase in 16-17 year old Looked After Children participating in learning", 4),
    ]


#: West Berkshire Council, Overview and Scrutiny Management Commission, Key Accountable Measures 2012/13
#: Quarter Two, https://decisionmaking.westberks.gov.uk/mgAi.aspx?ID=14117
WEST_BERKSHIRE = """\
The Chairman asked why the number of adult learners had dropped by 28%. Jason Teal responded that the \
figure represented a point in time. He continued that over the full year, he expected to report an \
increase in the number of adult learners.

Councillor Vickers asked whether the 9% increase in the number of children subject to a child \
protection plan was an indication of the start of an upward trend.
"""


def test_a_movement_named_as_a_noun_and_reported_on_names_its_measure() -> None:
    found = read(WEST_BERKSHIRE)
    assert [(i.label, i.source_line) for i in found.indicators] == [
        ("the number of adult learners", 1),
        ("the number of children subject to a child protection plan", 3),
    ]
