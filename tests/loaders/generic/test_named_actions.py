"""Actions news and minutes name in one sentence after the word "actions" ("Key actions include: …",
"… will deliver actions such as …", "the headline actions include …"), on snippets cut from the wild
corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.namedlists import named_list
from tests.loaders.generic.reading import read

#: Bournemouth Echo on BCP Council's action plan after Ofsted's letter (2021),
#: https://www.bournemouthecho.co.uk/news/18993107.bcp-council-detail-action-plan-ofsted-letter-childrens-services/
BCP = (
    "And in response, BCP Council has agreed a 15-point action plan to improve the lives of children.\n"
    "\n"
    "Key actions include: leadership changes; an urgent independent review of 60 of the most complex cases "
    "in Early Help services; the introduction of an improved performance management system for staff "
    "supervision; training; service transformation; new targets for SEND (special educational needs and "
    "disability) recruitment and staff retention initiatives; and better processes for children who are "
    "subject to care proceedings.\n"
)

#: Newcastle City Council news on the Newcastle Plan for Children and Young People (2023),
#: https://newcastle.gov.uk./citylife-news/council/citys-children-and-young-people-benefit-increased-support
NEWCASTLE = (
    "The plan will be in place from 2024 until 2027 and will deliver actions such as implementing the "
    "Department of Education’s Family Hubs and Start for Life Programme, improve communication and support "
    "for parents who are concerned about their child’s mental health, and strengthen the Healthy Activities "
    "with Food provision with a focus on girls, teenagers and children and young people with SEND.\n"
)

#: Croydon Voluntary Action news on Croydon's Children and Families Plan 2016-17,
#: https://cvalive.org.uk/news/july-2016/07-07-16-ch-fam-plan/
CROYDON = (
    "In terms of Emotional Well Being and Mental Health, the headline actions include extending resilience "
    "programmes to school across the borough, setting up online counselling, remodelling support for Looked "
    "After Children, Youth Offending, children and young people in crisis. The local transformation plan "
    "for children and young people up to the age of 18 has been gathering information about present "
    "interventions, waiting times etc.\n"
)


def test_clauses_after_a_lead_in_naming_actions_may_run_to_sixteen_words() -> None:
    labels = [a.label for a in read(BCP).actions]
    assert len(labels) == 7
    assert labels[1] == "an urgent independent review of 60 of the most complex cases in Early Help services"
    assert labels[-1] == "better processes for children who are subject to care proceedings"


def test_actions_such_as_are_named_and_the_commas_after_the_closing_and_stay_in_the_last() -> None:
    assert [a.label for a in read(NEWCASTLE).actions] == [
        "implementing the Department of Education’s Family Hubs and Start for Life Programme",
        "improve communication and support for parents who are concerned about their child’s mental health",
        "strengthen the Healthy Activities with Food provision with a focus on girls, teenagers and children "
        "and young people with SEND",
    ]


def test_items_led_by_verbs_in_ing_keep_the_pieces_that_continue_them() -> None:
    assert [a.label for a in read(CROYDON).actions] == [
        "extending resilience programmes to school across the borough",
        "setting up online counselling",
        "remodelling support for Looked After Children, Youth Offending, children and young people in crisis",
    ]


def test_the_other_named_lists_still_part_at_the_last_and() -> None:
    assert named_list("The risks related to budgets, staffing, data and cyber security.") == (
        "risks",
        ["budgets", "staffing", "data", "cyber security"],
    )


def test_priorities_such_as_are_examples_not_a_list() -> None:
    # Cumberland Council, Council Plan Delivery Plan (2024), https://cumberland.gov.uk/book/export/html/3139461,
    # shortened, with its semicolons put as commas (as they part the items the rule reads)
    text = (
        "We have also taken opportunities to deliver on some early priorities such as implementing a new "
        "model for working with our communities, developing a framework for health and wellbeing and "
        "adopting a strategic food framework."
    )
    assert named_list(text) is None
    assert named_list(text.replace("early priorities", "early actions")) is not None


#: Fylde Council, news of its Corporate Plan 2024-28 (2024), https://new.fylde.gov.uk/?p=25285
FYLDE = (
    "The draft Corporate Plan also outlines various initiatives. These include regeneration of St Annes "
    "Square, completing the Beach Hub and enhancing beach accessibility, improving lighting and signage in "
    "St Annes Square, reviewing the Fylde Local Plan, installing more Changing Places toilets, refurbishing "
    "the Long Gallery at Lytham Hall, upgrading town centre CCTV, and delivering the UK Shared Prosperity "
    "Fund Investment Plan, amongst numerous other projects.\n"
)


def test_these_include_names_the_initiatives_the_sentence_before_ends_with() -> None:
    """ "… outlines various initiatives. These include A, B, … and H, amongst numerous other projects.":
    the initiatives are actions; the unnamed others are no item."""
    assert [a.label for a in read(FYLDE).actions] == [
        "regeneration of St Annes Square",
        "completing the Beach Hub and enhancing beach accessibility",
        "improving lighting and signage in St Annes Square",
        "reviewing the Fylde Local Plan",
        "installing more Changing Places toilets",
        "refurbishing the Long Gallery at Lytham Hall",
        "upgrading town centre CCTV",
        "delivering the UK Shared Prosperity Fund Investment Plan",
    ]


def test_these_include_after_a_sentence_naming_no_kind_names_no_items() -> None:
    assert named_list(FYLDE.replace("various initiatives", "what the council will do")) is None


#: Hartlepool Mail, "Hartlepool young people turning their backs on crime" (2015), on the Youth Justice
#: Strategic Plan, https://www.hartlepoolmail.co.uk/news/crime/hartlepool-young-people-turning-their-backs-on-crime-1-7105469
HARTLEPOOL = (
    "But staff say there are still key areas for improvement that will form their priorities for the coming "
    "year.\n"
    "\n"
    "They include reducing re-offending further and working more closely with families. Mark Smith, head of "
    "Youth Support Services at Hartlepool Borough Council, outlined Hartlepool’s Youth Justice Strategic "
    "Plan for 2015-16 to councillors.\n"
)


def test_they_include_points_back_at_the_priorities_the_paragraph_above_ends_with() -> None:
    """Two items, each led by a verb in -ing, joined by "and": the priorities the paragraph above names."""
    assert [p.label for p in read(HARTLEPOOL).priorities] == [
        "reducing re-offending further",
        "working more closely with families",
    ]


def test_two_phrases_not_led_by_verbs_in_ing_are_no_pair() -> None:
    assert (
        named_list(
            "They include better schools and safer streets.", "They will form their priorities for the year."
        )
        is None
    )
