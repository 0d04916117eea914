"""Indicators and risks that committee minutes name by their reference, on snippets cut from the wild
corpus (``tests/corpus/wild/``: councils' committee pages as their web pages give the text)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.calibration import rule_confidence
from councilkg.loaders.generic.namedrefs import RULE_NAMED_REF
from councilkg.loaders.parsing.refs import named_refs
from tests.loaders.generic.reading import read

#: Medway Council, Cabinet minutes: 2012/2013 Council Plan Monitoring - Quarter 2,
#: https://democracy.medway.gov.uk/mgAi.aspx?ID=7352
MEDWAY = "\n\n".join(
    [
        "2012/2013 Council Plan Monitoring - Quarter 2",
        "This report sets performance against the Council’s Key Measures of Success for the second quarter "
        "of 2012/13.",
        "In relation to C1 – children’s participation in child protection conferences she stated that work "
        "was ongoing on this target to ensure that the young person’s voice was heard in the most "
        "appropriate way.",
        "She responded to questions on a number of topics as follows:",
        "  • NI 117 16 to 18 year olds who are not in education, employment or training it was stated that "
        "this figure was higher than that shown in the report on Youth Offending as it covered all 16 to 18 "
        "year olds not just clients of the YOT;",
        "  • NI 148 care leavers in education, employment or training – this related to a very small group "
        "of young people",
    ]
)

#: Wiltshire Council, Cabinet minutes: Business Plan Scorecard Report - year-end 2012/13,
#: https://cms.wiltshire.gov.uk/ieIssueDetails.aspx?IId=36718&Opt=3
WILTSHIRE = "\n\n".join(
    [
        "Business Plan Scorecard Report - year-end 2012/13",
        "Cllr Jon Hubbard made a number of comments on the data presented. He expressed concern at the "
        "downward trend in respect of indicator 1005 ‘use of in-house foster carers (proportion nights)’ and "
        "considered that as it was outside the 5% target, it should in fact be labelled as red as opposed "
        "to amber.",
        "Cllr Hubbard was extremely concerned that the following targets which he acknowledged were "
        "challenging were not deemed as Council priorities:",
        "1011 ‘care leavers in suitable education, jobs or training",
        "1013 ‘safeguarding: initial assessments done in 10 days’",
    ]
)

#: Enfield Council, General Purposes Committee minutes: Service Delivery Risk Registers (2019),
#: https://governance.enfield.gov.uk/mgAi.aspx?ID=45837
ENFIELD = "\n\n".join(
    [
        "RECEIVED a report from the Director of Law and Governance, presenting the risk registers for the "
        "Service Delivery operating areas (People and Place Departments).",
        "4.    After consulting the committee on which People risks, they wanted Tony Theodoulou to focus "
        "on, Councillor Yusuf requested PEO/1819-01 Failure to protect Children and PLA/1819 – 01 Failure to "
        "recruit & retain staff. These are detailed at 3.5 (Table on page 22) of the report:",
        "·         PEO/1819-01 – This risk would always be inherent to the work of People department.",
    ]
)

#: Tower Hamlets Council, Audit Committee minutes (29 July 2021), a committee site's agenda item page,
#: https://democracy.towerhamlets.gov.uk/mgAi.aspx?ID=124763
TOWER_HAMLETS = "\n".join(
    [
        "Agenda item",
        "Corporate Risk Register and Children's Directorate Risk Register",
        "- Meeting of Audit Committee, Thursday, 29th July, 2021 6.30 p.m. (Item 5.6)",
        "- View the background to item 5.6",
        "Minutes:",
        "The Chair, Councillor Whitehead said the Committee had previously discussed the corporate risk "
        "CSD0016 “Death or Serious Harm to a child” and asked Mr Thomas to provide some background to this.",
    ]
)


def test_measures_named_in_minutes_by_a_local_or_national_code() -> None:
    """A local code needs its title after a dash; a national code may print it straight after."""
    found = read(MEDWAY)
    assert [(i.ref, i.label, i.source_line) for i in found.indicators] == [
        ("C1", "children’s participation in child protection conferences", 5),
        ("NI 117", "16 to 18 year olds who are not in education, employment or training", 9),
        ("NI 148", "care leavers in education, employment or training", 11),
    ]
    assert [i.national_codes for i in found.indicators] == [[], [("ni", "117")], [("ni", "148")]]
    assert {i.reading.rule for i in found.indicators if i.reading} == {RULE_NAMED_REF}
    assert not found.priorities and not found.actions and not found.risks


def test_numbered_measures_with_their_titles_in_quotes() -> None:
    """ "indicator 1005 ‘…’" and "1011 ‘…" (the closing quote missing): a number is a reference only
    with its title in quotes."""
    found = read(WILTSHIRE)
    assert [(i.ref, i.label) for i in found.indicators] == [
        ("1005", "use of in-house foster carers (proportion nights)"),
        ("1011", "care leavers in suitable education, jobs or training"),
        ("1013", "safeguarding: initial assessments done in 10 days"),
    ]
    measured = rule_confidence()["reference named in a sentence"]  # its precision on first contact
    assert [i.reading.confidence for i in found.indicators if i.reading] == [measured] * 3


def test_register_codes_in_a_risk_committee_are_risks_once_each() -> None:
    """The document talks of risks, so its codes are risks; a code named again adds nothing."""
    found = read(ENFIELD)
    assert [(r.ref, r.label, r.source_line) for r in found.risks] == [
        ("PEO/1819-01", "Failure to protect Children", 3),
        ("PLA/1819 – 01", "Failure to recruit & retain staff", 3),
    ]
    assert not found.indicators


def test_a_committee_sites_page_furniture_is_no_item() -> None:
    """ "Agenda item" over the meeting's bullets was read as a priority with two actions."""
    found = read(TOWER_HAMLETS)
    assert [(r.ref, r.label) for r in found.risks] == [("CSD0016", "Death or Serious Harm to a child")]
    assert not found.priorities and not found.actions


def test_codes_without_a_title_or_a_subject_are_left_alone() -> None:
    """A committee paper's reference, a page number after "indicators", a year, or a document that
    speaks of neither measures nor risks gives nothing."""
    assert named_refs("The Committee considered Report DCYP12020 on progress in 2011.") == []
    assert named_refs("People & Performance - Key indicators 135 Martin Cox 01604 237879") == []
    assert named_refs("2019 ‘the year of the child’ was launched") == []
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read("The Committee noted the update.\n\nIn relation to B12 – the new road layout, she said more.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("the corporate risk CSD0016 “Death or Serious Harm to a child” and", ("CSD0016", "risk", True)),
        ("• NI 148 care leavers in education – this related", ("NI 148", None, False)),
        ("In relation to C1 – children’s participation she stated", ("C1", None, False)),
    ],
)
def test_what_a_named_reference_records(sentence: str, expected: tuple[str, str | None, bool]) -> None:
    (named,) = named_refs(sentence)
    assert (named.code, named.kind_word, named.quoted) == expected


#: Middlesbrough Council, Performance Indicators Appendix 2009/10 (a scorecard's rows run into lines),
#: https://docslib.org/doc/13713430/performance-indicators-appendix
MIDDLESBROUGH = (
    "Past performance Current performance LAA Ref Description Trend On target Comparison(s) Next target\n\n"
    "People who believe people from different 74% 74% 71.2% 74.8%  NI 001 backgrounds get on well together "
    "in their None set  N/A Bottom quartile (08/09) local area (Place Survey) (06/07) (06/07) (08/09) "
    "(10/11)\n"
)


def test_a_national_code_in_a_row_run_into_a_line_is_an_indicator_however_long_its_row() -> None:
    """The row's words after the code are more than a title's: its first twenty are kept."""
    [found] = named_refs(MIDDLESBROUGH.splitlines()[2])
    assert found.code == "NI 001"
    assert found.label.startswith("backgrounds get on well together") and len(found.label.split()) == 20
    assert [i.ref for i in read(MIDDLESBROUGH).indicators] == ["NI 001"]
