"""Lists the outline reads by what introduces them, on snippets cut from the wild corpus
(``tests/corpus/wild/``: real councils' plans as their web pages give the text)."""

from __future__ import annotations

import pytest

from bench.wild import CORPUS, split_header
from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.outlinelines import coded_row
from tests.loaders.generic.reading import read

#: Medway's Early Help Outcome Plan (2015), https://www.medway.gov.uk (a web page).
MEDWAY = "\n".join(
    [
        "Aims and Objectives",
        "This Medway plan is for Department of Communities and Local Government, and the following groups "
        "of people: accountable bodies; audit teams; managers and front line workers. It sets out an agreed "
        "approach as to how Medway will:",
        "- identify families for support",
        "- support those families to a successful outcome",
        "- monitor the progress at key points",
    ]
)


def test_a_sentence_ending_in_a_named_council_will_leads_in_actions() -> None:
    found = read(MEDWAY)
    assert [(a.label, a.source_line) for a in found.actions] == [
        ("identify families for support", 3),
        ("support those families to a successful outcome", 4),
        ("monitor the progress at key points", 5),
    ]


def test_will_without_a_colon_or_a_subject_leads_in_nothing() -> None:
    """ "… how Medway will" run on into the sentence, or a lowercase word before "will:", is prose."""
    assert not read(MEDWAY.replace("Medway will:", "Medway will work.")).actions
    text = MEDWAY.replace("how Medway will:", "what the figures will:")
    assert not read(text).actions


#: Herefordshire Council's audit and governance committee minutes (2020), https://councillors.herefordshire.gov.uk
HEREFORDSHIRE = "\n\n".join(
    [
        "The head of corporate performance presented the report and highlighted the following:",
        "·         There were 32 strategic or most significant risks",
        "·         3 risks on the corporate risk register were still extreme risks following mitigation "
        "which were:",
        "o   CRR01 children’s operational staffing / workforce",
        "o   CRR32 South Wye transport package, scheme costs increasing as a result of changes to the "
        "programme",
        "·         The delayed transfer of care (DToC) and One Herefordshire risks had been removed.",
    ]
)


def test_coded_rows_printed_as_list_items_are_read_by_the_words_above() -> None:
    """Rows led by one code prefix, under lines naming risks, are risks, also behind a bullet and
    with a lowercase first word; the narrative bullets around them stay unread."""
    found = read(HEREFORDSHIRE)
    assert [(r.ref, r.label, r.source_line) for r in found.risks] == [
        ("CRR01", "children’s operational staffing / workforce", 7),
        (
            "CRR32",
            "South Wye transport package, scheme costs increasing as a result of changes to the programme",
            9,
        ),
    ]
    assert not found.actions and not found.priorities and not found.indicators


def test_a_lone_coded_list_item_is_no_row() -> None:
    """One "CRR01" makes no coded row: the sub-points are read as the point above names them (risks),
    the code kept in the label."""
    found = read(HEREFORDSHIRE.replace("CRR32", "Item 32"))
    assert [(r.ref, r.label[:12]) for r in found.risks] == [("", "CRR01 childr"), ("", "Item 32 Sout")]
    assert all(r.reading and r.reading.rule != "row led by a reference code" for r in found.risks)


#: Sefton Council's overview and scrutiny committee minutes (2017), https://modgov.sefton.gov.uk
SEFTON = "\n\n".join(
    [
        "RESOLVED: That",
        "(1)       the new action plan and priorities for continuous improvement be endorsed; and",
        "(2)       six monthly progress reports, with the performance scorecard that underpinned the action "
        "plan, be submitted to the Committee on an on-going basis.",
    ]
)


def test_a_resolutions_numbered_clauses_are_no_items() -> None:
    """A numbered line starting in lower case goes on a sentence: no heading, so no priority."""
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(SEFTON)


#: Cumbria County Council's Children's Trust Board priorities (2011), https://www.cumbria.gov.uk (a web page).
CUMBRIA = "\n".join(
    [
        "Access Keys:",
        "",
        "Children`s Trust Board Priorities",
        "",
        "Skip main menu",
        "",
        "Priority one - No avoidable child deaths",
        "",
        "Deaths should not happen in the presence of effective and timely protection, social care, health "
        "care and education.",
        "",
        "Strategic Outcomes:",
        "Families, particularly parents aged up to twenty, have earlier offers of help and support.",
        "Children and young people are safer from harm and have their needs met.",
        "",
        "Priority two - No children living in poverty",
        "",
        "Poverty limits children’s opportunity to reach their full potential. Disadvantage is often handed "
        "down from generation to generation.",
    ]
)


def test_sentences_on_the_lines_right_after_a_lead_in_are_its_items() -> None:
    """Unmarked, one per line, no blank line between: each sentence is one outcome of the priority
    above; the paragraphs after a blank line are not; a web page's menu links are furniture."""
    found = read(CUMBRIA)
    assert [(p.ref, p.label) for p in found.priorities] == [
        ("one", "No avoidable child deaths"),
        ("two", "No children living in poverty"),
    ]
    assert [(o.label, o.source_line) for o in found.outcomes] == [
        ("Families, particularly parents aged up to twenty, have earlier offers of help and support", 12),
        ("Children and young people are safer from harm and have their needs met", 13),
    ]
    assert found.placed[5] == "page furniture"


def test_a_paragraph_after_a_lead_in_is_no_list() -> None:
    text = CUMBRIA.replace("Strategic Outcomes:", "Strategic Outcomes:\n")
    assert not read(text).outcomes


#: City of York's Early Help Action Plan 2014–16, https://www.yor-ok.org.uk (its PDF's text).
YORK = "\n".join(
    [
        "DRAFT EARLY HELP ACTION PL AN",
        "Actions",
        "Priority: Improving the quality of practice",
        "Introduce the „flagging‟ of concerns on the early help child",
        "index. This will enable practitioners to record that they",
        "have a non-safeguarding concern about a child.",
    ]
)


def test_a_heading_above_a_list_that_never_comes_is_taken_back() -> None:
    """A title above "Actions" looks like a priority heading its list; the next heading comes first."""
    found = read(YORK)
    assert [(p.label, p.source_line) for p in found.priorities] == [("Improving the quality of practice", 3)]
    assert [(a.label[:39], a.supports) for a in found.actions] == [
        ("Introduce the „flagging‟ of concerns on", [found.priorities[0].key])
    ]
    assert found.placed[1] == "heading with no list under it"


#: Bath and North East Somerset's social services improvement plan, progress at October 2003
#: (https://democracy.bathnes.gov.uk, a committee paper's table printed one cell per line).
BATH = "\n\n".join(
    [
        "Actions Required",
        "Lead Officer(s)",
        "1. To establish systems for quantifying unmet need",
        "1. Devise policy and process to identify unmet need and implement.",
        "2. Include in reports to Chief Executive and Executive Member.",
        "Liz Price, Planning Manager",
        "2. To ensure that referring agencies always confirm in writing referrals that relate to a child "
        "about whom there are child welfare concerns",
        "1. Promote agency response in writing through Area Child Protection Committee.",
    ]
)


def test_a_list_numbered_from_1_again_under_an_item_is_that_items_own() -> None:
    found = read(BATH)
    assert [(p.ref, p.label[:40], p.source_line) for p in found.priorities] == [
        ("1", "To establish systems for quantifying unm", 5),
        ("2", "To ensure that referring agencies always", 13),
    ]
    first, second = (p.key for p in found.priorities)
    assert [(a.ref, a.label[:20], a.supports) for a in found.actions] == [
        ("1", "Devise policy and pr", [first]),
        ("2", "Include in reports t", [first]),
        ("1", "Promote agency respo", [second]),
    ]


def test_a_list_that_goes_on_numbering_is_one_list() -> None:
    """1, 2, 3 under "Actions Required" are three actions; only the item above a new 1 heads a list."""
    found = read(BATH.replace("1. Devise", "2. Devise").replace("2. Include", "3. Include"))
    assert [a.ref for a in found.actions] == ["1", "2", "3", "1"]
    assert [p.ref for p in found.priorities] == ["2"]


#: Solihull's Local Area Agreement performance report for children and young people, 2008/09
#: (https://eservices.solihull.gov.uk, a scorecard whose header is printed over seven lines).
SOLIHULL = (CORPUS / "solihull-2008-laa-cyp-performance.txt").read_text(encoding="utf-8")


def test_a_table_whose_rows_cannot_be_read_leaves_its_lines_to_the_outline() -> None:
    """The scorecard's header is found but says no column labels its rows; its row naming NI 117 is
    then read by the national-indicator rule, its label the row's first cell, its ref the code."""
    found = read(split_header(SOLIHULL)[1])
    assert [(i.ref, i.label[:17], i.source_line) for i in found.indicators] == [
        ("NI 117", "LAA Reward Target", 10)
    ]
    assert "5.52%" not in found.indicators[0].label  # the values in the columns to its right are no label
    assert found.indicators[0].reading is not None
    assert found.indicators[0].reading.rule == "line naming a national indicator"


#: Kingston upon Thames LSCB Business Plan 2016/17 (as pdfslide.us gives its text): the themes named
#: in a sentence, and the priorities as bullets run onto one line.
KINGSTON = (
    "The priorities for 2016/17 are placed under our general themes of Improving Practice; Workforce "
    "Development; Communication and Engagement; and Governance and Accountability:\n\n"
    "o Scrutiny of transitions between agencies, teams and sectors; o An enhanced focus on matters of "
    "ethnicity and diversity; and o Plan for the implementation of the Wood review\n"
)


def test_titles_a_sentence_names_after_their_kind_are_items() -> None:
    found = read(KINGSTON)
    assert [p.label for p in found.priorities][:4] == [
        "Improving Practice",
        "Workforce Development",
        "Communication and Engagement",
        "Governance and Accountability",
    ]


def test_bullets_run_onto_one_line_are_items_each() -> None:
    found = read(KINGSTON)
    assert [(p.label, p.source_line) for p in found.priorities][4:] == [
        ("Scrutiny of transitions between agencies, teams and sectors", 3),
        ("An enhanced focus on matters of ethnicity and diversity", 3),
        ("Plan for the implementation of the Wood review", 3),
    ]


def test_a_sentence_joining_two_names_with_semicolons_names_no_list() -> None:
    with pytest.raises(UnknownLayoutError):
        read("Our priorities are set out below; see page 4; and the annex for the detail.\n")


#: Blackburn with Darwen's Early Help Strategy 2013-2016, its pledge (blackburn.gov.uk).
BLACKBURN_PLEDGE = (
    "The Pledge We have signed this pledge to demonstrate and make explicit our shared commitment to the "
    "success of the Early Help Strategy and its key principles. We will ensure that our people and our "
    "organisations work collaboratively to ensure the strategy is embedded in all we do.\n"
)


def test_we_will_inside_a_statement_with_nothing_in_force_is_no_action() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(BLACKBURN_PLEDGE)
    # under an outcome too, a paragraph opening with how things are states no action (38 such sentences
    # of 39 were none on the released plans); opening with the commitment, it is one
    assert read("Outcome 1: Early help\n\n" + BLACKBURN_PLEDGE).actions == []
    committed = BLACKBURN_PLEDGE[BLACKBURN_PLEDGE.index("We will ensure") :]
    found = read("Outcome 1: Early help\n\n" + committed)
    assert [a.label[:40] for a in found.actions] == ["We will ensure that our people and our o"]


#: Lancashire County Council's Annual Delivery Plan 2008/09 (as docstoc.com gave its text): rows led
#: by codes whose numbers nest, space-aligned, the milestones wrapped within their column.
LANCASHIRE = "\n".join(
    [
        "                                  Milestone                                   Directorate     Owner",
        "CC1 Accessible, high quality, value-for-money services which meet your needs",
        "CC1.1  Transforming local government in Lancashire                       OCE                  Mike",
        "C1.1.1   Making sure governance structures for Team Lancashire are in place PU                Jerry "
        "Smith",
        "         and operating effectively by June 2008                                partnerships",
        "                                                                               & localities",
        "C1.1.2   Agreeing themes for service improvement and efficiencies (shared      PU             Jerry "
        "Smith",
        "         services) for Team Lancashire by July 2008                            partnerships",
    ]
)


def test_coded_rows_whose_numbers_nest_are_priorities_over_the_rows_under_them() -> None:
    found = read(LANCASHIRE)
    assert [(p.ref, p.label) for p in found.priorities] == [
        ("CC1", "Accessible, high quality, value-for-money services which meet your needs"),
        ("CC1.1", "Transforming local government in Lancashire"),
    ]
    assert {key for a in found.actions for key in a.supports} == {found.priorities[1].key}


def test_a_space_aligned_rows_label_wraps_within_its_column() -> None:
    """The wrapped lines' text in the label's column joins the label; the other columns' do not."""
    found = read(LANCASHIRE)
    assert [(a.ref, a.label) for a in found.actions] == [
        ("C1.1.1", "Making sure governance structures for Team Lancashire are in place PU and operating "
         "effectively by June 2008"),
        ("C1.1.2", "Agreeing themes for service improvement and efficiencies (shared services) for Team "
         "Lancashire by July 2008"),
    ]  # fmt: skip


def test_one_letter_codes_need_a_dotted_number() -> None:
    """ "Q1 Review …", "Q2 Audit …" are quarters leading milestones, not codes of items."""
    assert coded_row("Q1 Review the policy") is None
    assert coded_row("C1.1.1 Making sure governance works").group("ref") == "C1.1.1"  # type: ignore[union-attr]


def test_a_listed_priority_naming_a_framework_outcome_stays_a_priority() -> None:
    """Coventry's Children and Young People Plan 2020 (coventry.gov.uk, a web page): "Be healthy" and
    "Stay safe" are bullets of the four key priorities, not outcome headings."""
    text = "\n".join(
        [
            "There are four key priorities within the plan:",
            "",
            "  • Early help",
            "  • Be healthy",
            "  • Stay safe",
            "  • Education, training and employment",
        ]
    )
    found = read(text)
    assert [p.label for p in found.priorities] == [
        "Early help",
        "Be healthy",
        "Stay safe",
        "Education, training and employment",
    ]
    assert not found.outcomes


def test_bullets_under_priorities_printed_as_headings_are_each_headings_own() -> None:
    """Lewisham's key priority areas (lewisham.gov.uk, 2015): after "These priority areas are:" each
    heading is a priority and the bullets under it are done for it, not more priorities; "We want our
    parents … to be equipped" says what others will be, an aspiration, not an action."""
    text = "\n".join(
        [
            "These priority areas are: ",
            "",
            "Build child and family resilience",
            "",
            "  • We will support parents to be resilient, knowing where to go for help.",
            "  • We want our parents/ carers and young people’s workforce to be equipped to identify needs.",
            "",
            "Raise achievement and attainment",
            "",
            "  • We will promote the highest aspirations and ambition for all our children.",
        ]
    )
    found = read(text)
    assert [p.label for p in found.priorities] == [
        "Build child and family resilience",
        "Raise achievement and attainment",
    ]
    assert [(a.source_line, a.supports) for a in found.actions] == [
        (5, [found.priorities[0].key]),
        (10, [found.priorities[1].key]),
    ]


def test_labelled_priorities_run_together_on_one_line_are_each_an_item() -> None:
    """Hackney's Children and Young People's Plan 2008-2011 review, its contents page (2009): the
    labelled priorities printed as one line; the line is no description of the priority above it."""
    text = "\n".join(
        [
            "Priority 3: We want fewer young people in Hackney to offend and re-offend",
            "",
            "20",
            "",
            "Priority 4: We want to make sure that young people are safe both in the home and around Hackney "
            "Priority 5: We want to make sure that children and young people in Hackney have good mental "
            "health Priority 6: We want to improve services for disabled children",
        ]
    )
    found = read(text)
    assert [(p.ref, p.label, p.source_line) for p in found.priorities] == [
        ("Priority 3", "We want fewer young people in Hackney to offend and re-offend", 1),
        ("4", "We want to make sure that young people are safe both in the home and around Hackney", 5),
        ("5", "We want to make sure that children and young people in Hackney have good mental health", 5),
        ("6", "We want to improve services for disabled children", 5),
    ]


#: Barking and Dagenham's Single Performance Framework (2020), its introduction,
#: https://fdocuments.in/document/annex-1-delivering-our-corporate-plan-2020-to-2022-and-beyond-introduction.html
BARKING = "\n\n".join(
    [
        "Introduction This Single Performance Framework is guided by the Council’s Corporate Plan, including "
        "our long-term approach to public service. It is broken down into four sections, which reflect the "
        "four strategic priorities identified in the Corporate Plan:",
        "1 Prevention, Independence and Resilience 2 Participation and Engagement 3 Inclusive Growth 4 Well "
        "Run Organisation",
        "Each section contains two types of performance data:",
        "1 The priority actions and deliverables which the Council is committed to over the next two years.",
    ]
)


def test_a_list_run_together_with_bare_numbers_after_a_lead_in_is_its_items() -> None:
    """Numbers with no stop ("1 Prevention … 2 Participation …") split a line only right after a lead-in
    naming the list; "two types of performance data:" names no items."""
    found = read(BARKING)
    assert [(p.ref, p.label) for p in found.priorities] == [
        ("1", "Prevention, Independence and Resilience"),
        ("2", "Participation and Engagement"),
        ("3", "Inclusive Growth"),
        ("4", "Well Run Organisation"),
    ]
    assert not found.actions
    with pytest.raises(UnknownLayoutError):
        read(BARKING.replace("four strategic priorities identified in the Corporate Plan:", "the plan."))


def test_a_slides_title_run_into_its_labelled_item_leaves_the_item() -> None:
    """Salford's draft Early Help Strategy (2014), slides as text (https://slideplayer.com./amp/4760158):
    each slide's
    title runs into its text, "The Salford Early Help Strategy Aim 1: Support …"."""
    text = "\n".join(
        [
            "Current model CAF and TAC Delivery of Early Intervention and Prevention Services",
            "The Salford Early Help Strategy Aim 1: Support children, young people, families and communities "
            "to help themselves whenever possible.",
            "The Salford Early Help Strategy Aim 2: Make sure services act quickly as soon as they know help "
            "is needed.",
            "Questions ?",
        ]
    )
    found = read(text)
    assert [(p.ref, p.label[:24], p.source_line) for p in found.priorities] == [
        ("1", "Support children, young ", 2),
        ("2", "Make sure services act q", 3),
    ]


def test_a_counted_bulleted_list_run_into_a_paragraph_is_its_items() -> None:
    """Oldham's Corporate Plan 2010-2014, a page printed as one line
    (https://paperzz.com/doc/6753090/many-choices-one-place): the four objectives' bullets run into the
    paragraph, the last ending where the next sentence starts."""
    text = (
        "Our plan sets out our vision for the borough as a place of choice. Our Plan is based around our "
        "four corporate objectives: • A confident place • A university town • An address of choice • "
        "Services of choice Our work to achieve these objectives is underpinned by our core values."
    )
    found = read(text)
    assert [p.label for p in found.priorities] == [
        "A confident place",
        "A university town",
        "An address of choice",
        "Services of choice",
    ]


#: Bedford Borough's Children, Young People and their Families Plan 2022–27 (its JSNA web page),
#: https://bedford.jsna.uk/dataset/e7jmj/planning: every line a blank line apart.
BEDFORD = """We are proud to say the new Children, Young People and their Families Plan for Bedford Borough \
has been written by children and young people.

We gathered feedback from children and young people and organised into six key themes.

The themes are:

Feeling safe at home and in our community.

Valuing and protecting the environment.

Positive educational experiences for all.

Strong and safe relationships."""


def test_sentences_a_blank_line_apart_after_a_lead_in_are_its_items_where_every_line_stands_apart() -> None:
    assert [p.label for p in read(BEDFORD).priorities] == [
        "Feeling safe at home and in our community",
        "Valuing and protecting the environment",
        "Positive educational experiences for all",
        "Strong and safe relationships",
    ]


def test_where_lines_run_on_a_blank_line_after_a_lead_in_still_ends_its_list() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(BEDFORD.replace("\n\n", "\n").replace("The themes are:", "The themes are:\n"))


#: North Northamptonshire Council, Corporate Plan: our priorities for the future (2021),
#: https://www.northnorthants.gov.uk/corporate-plan/our-priorities-future
NORTH_NORTHAMPTONSHIRE = """Our priorities for the future

Our priorities for North Northamptonshire.

1. Active, fulfilled lives

  • Greater access to better quality adult social care
  • Value and support our carers and volunteers

2. Better, brighter futures

  • Ensure every child has equal access to a high standard of education
  • Support partners and the Children’s Trust to provide higher standards of support"""


def test_bullets_under_a_numbered_priority_of_a_list_are_its_actions() -> None:
    found = read(NORTH_NORTHAMPTONSHIRE)
    assert [(p.ref, p.label) for p in found.priorities] == [
        ("1", "Active, fulfilled lives"),
        ("2", "Better, brighter futures"),
    ]
    keys = {p.key: p.ref for p in found.priorities}
    assert [(a.label, [keys[k] for k in a.supports]) for a in found.actions] == [
        ("Greater access to better quality adult social care", ["1"]),
        ("Value and support our carers and volunteers", ["1"]),
        ("Ensure every child has equal access to a high standard of education", ["2"]),
        ("Support partners and the Children’s Trust to provide higher standards of support", ["2"]),
    ]


#: Bury Council, Children's Services Improvement Programme update in the minutes of a meeting (2022),
#: https://councildecisions.bury.gov.uk/mgAi.aspx?ID=13854
BURY = (
    "The plan was aligned to seven principles – listening to children and young people, supporting "
    "children to stay within their families when it’s safe to do so, building positive relationships. "
    "The plan would also have three priorities to improve the quality of practice (improving how we "
    "identify and support children and families in need of help and protection, more purposeful and "
    "timely care planning, and better support for care leavers) and four underpinning conditions to "
    "support these: better partnership governance, more stable and effective management."
)
#: Solihull Council, Corporate Parenting Board minutes on the Children's Social Care Plan (2023),
#: https://eservices.solihull.gov.uk/mgInternet/mgAi.aspx?ID=47395
SOLIHULL_PILLARS = (
    "The Assistant Director – Improvement (AD-I) stated the Children’s Social Care Plan was high level and "
    "that sat beneath it would be individual service plans which were more detailed. The plan focusses on "
    "three pillars; stabilising the work force, quality of practice and an early help offer."
)


def test_a_counted_list_between_commas_is_its_items_when_the_count_agrees() -> None:
    """ "three priorities … (A, B, and C)", "three pillars; A, B and C.": commas and a last "and" give
    exactly the items counted; "seven principles" are no kind of item, and "four … conditions: A, B."
    names two, so neither is read."""
    assert [(p.label, p.source_line) for p in read(BURY).priorities] == [
        ("improving how we identify and support children and families in need of help and protection", 1),
        ("more purposeful and timely care planning", 1),
        ("better support for care leavers", 1),
    ]
    assert [p.label for p in read(SOLIHULL_PILLARS).priorities] == [
        "stabilising the work force",
        "quality of practice",
        "an early help offer",
    ]


def test_a_count_the_commas_do_not_agree_with_names_no_list() -> None:
    """Two items joined by "and" with no comma, or a count the pieces do not reach, are prose."""
    two = (
        "This Plan supports the delivery of two themes within the Plan; that we are a ‘family friendly’ "
        "and ‘caring’ Borough."
    )
    with pytest.raises(UnknownLayoutError):
        read(two)
    with pytest.raises(UnknownLayoutError):
        read(SOLIHULL_PILLARS.replace("three pillars", "four pillars"))


#: Trafford Council's Annual Delivery Plan Performance Report (Q1) 2013/14, as its PDF gives the text
#: (Wingdings arrow bullets read as "Ø"), https://vdocuments.mx/annual-delivery-plan-201314-quarter-1-performance-performance-reportpdf-annual.html
TRAFFORD = "\n\n".join(
    [
        "1. Purpose and scope of the report The report provides a summary of performance against the "
        "Council’s Annual Delivery Plan (ADP) 2013/14. This covers the Council’s six Corporate Priorities",
        "Ø Low Council Tax and Value For Money Ø Economic Growth and Development Ø Safe Place to Live – "
        "Fighting Crime Ø Services Focused on the Most Vulnerable People Ø Excellence in Education Ø "
        "Reshaping Trafford Council",
        "2. Performance Key",
        "G Performance meets or exceeds the target",
    ]
)


def test_wingdings_arrows_run_on_one_line_after_a_numbered_paragraph_naming_them_are_its_items() -> None:
    """The paragraph counts the priorities; "Ø" is the arrow bullet; "2. Performance Key" is a section."""
    found = read(TRAFFORD)
    assert [(p.label, p.source_line) for p in found.priorities] == [
        ("Low Council Tax and Value For Money", 3),
        ("Economic Growth and Development", 3),
        ("Safe Place to Live – Fighting Crime", 3),
        ("Services Focused on the Most Vulnerable People", 3),
        ("Excellence in Education", 3),
        ("Reshaping Trafford Council", 3),
    ]
    assert not found.actions


#: Rotherham Council, Cabinet minutes on the Year Ahead Plan's quarterly progress report (2020),
#: https://moderngov.rotherham.gov.uk/mgAi.aspx?ID=89169
ROTHERHAM = (
    "The Plan was framed around five themes: Thriving Neighbourhoods; Better Health and Wellbeing; Economic "
    "Recovery; New Ways of Working and Hope and Confidence in Rotherham. There were also two cross-cutting "
    "themes."
)


def test_a_counted_list_between_semicolons_joins_its_last_two_titles_at_the_first_and() -> None:
    assert [p.label for p in read(ROTHERHAM).priorities] == [
        "Thriving Neighbourhoods",
        "Better Health and Wellbeing",
        "Economic Recovery",
        "New Ways of Working",
        "Hope and Confidence in Rotherham",
    ]


#: Worcestershire's Children and Young People's Plan refresh page (2021), the previous plan's outcomes,
#: https://www.worcestershire.gov.uk/cypphaveyoursay
WORCESTERSHIRE = """The previous plan ran from 2017 to 2021. The key outcomes were:

Outcome 1: Are safe from harm

  • there is a decrease in the number of children and young people with a repeat child protection plan
  • Percentage of children looked after in permanent homes
"""


def test_bullets_stating_the_change_wanted_under_an_outcome_are_its_measures() -> None:
    found = read(WORCESTERSHIRE)
    assert [(i.label[:40], [link.key for link in i.measures_outcomes]) for i in found.indicators] == [
        ("there is a decrease in the number of chi", ["1"]),
        ("Percentage of children looked after in p", ["1"]),
    ]
    assert not found.actions
